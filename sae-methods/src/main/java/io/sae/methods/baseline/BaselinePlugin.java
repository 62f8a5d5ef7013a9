package io.sae.methods.baseline;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;

/** Registers the baselines {@code ae} and {@code classifier}. */
public final class BaselinePlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method("ae", new AutoencoderMethod());
    extensions.method("classifier", new ClassifierMethod());
  }

  @Override
  public String pluginName() {
    return "baselines";
  }
}
