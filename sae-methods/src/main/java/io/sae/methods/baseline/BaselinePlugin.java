package io.sae.methods.baseline;

import com.google.inject.AbstractModule;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;

/** Registers the baselines {@code ae} and {@code classifier}. */
public final class BaselinePlugin extends AbstractModule implements SaePlugin {
  @Override
  protected void configure() {
    var methods = Registries.methods(binder());
    methods.addBinding("ae").to(AutoencoderMethod.class);
    methods.addBinding("classifier").to(ClassifierMethod.class);
  }

  @Override
  public String pluginName() {
    return "baselines";
  }
}
