package io.sae.methods.geometric;

import com.google.inject.AbstractModule;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfRegistries;

/** Registers {@code geometric} and {@code polar} (paper 003) with their loss term and encoder transform. */
public final class GeometricPlugin extends AbstractModule implements SaePlugin {
  @Override
  protected void configure() {
    var methods = Registries.methods(binder());
    methods.addBinding("geometric").to(GeometricMethod.class);
    methods.addBinding("polar").to(PolarMethod.class);
    TfRegistries.losses(binder()).addBinding(GeometricLoss.KIND).to(GeometricLoss.class);
    TfRegistries.transforms(binder()).addBinding(PolarTransform.KIND).to(PolarTransform.class);
  }

  @Override
  public String pluginName() {
    return "geometric/polar (paper 003)";
  }
}
