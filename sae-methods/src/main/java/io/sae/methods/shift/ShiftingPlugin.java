package io.sae.methods.shift;

import com.google.inject.AbstractModule;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;

/** Registers {@code ccae-1..4} and {@code dae-1/2}, the target-shifting autoencoders of paper 002. */
public final class ShiftingPlugin extends AbstractModule implements SaePlugin {
  @Override
  protected void configure() {
    var methods = Registries.methods(binder());
    for (ShiftVariant v : ShiftVariant.values()) {
      methods.addBinding(v.id()).toInstance(new ShiftMethod(v));
    }
  }

  @Override
  public String pluginName() {
    return "ccae/dae (paper 002)";
  }
}
