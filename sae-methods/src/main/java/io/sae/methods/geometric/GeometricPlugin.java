package io.sae.methods.geometric;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfExtensions;

/** Registers {@code geometric} and {@code polar} (paper 003) with their loss term and encoder transform. */
public final class GeometricPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method("geometric", new GeometricMethod());
    extensions.method("polar", new PolarMethod());
    extensions.add(TfExtensions.LOSSES, GeometricLoss.KIND, new GeometricLoss());
    extensions.add(TfExtensions.TRANSFORMS, PolarTransform.KIND, new PolarTransform());
  }

  @Override
  public String pluginName() {
    return "geometric/polar (paper 003)";
  }
}
