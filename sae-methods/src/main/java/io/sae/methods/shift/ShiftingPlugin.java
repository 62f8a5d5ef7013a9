package io.sae.methods.shift;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;

/** Registers {@code ccae-1..4} and {@code dae-1/2}, the target-shifting autoencoders of paper 002. */
public final class ShiftingPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    for (ShiftVariant v : ShiftVariant.values()) {
      extensions.method(v.id(), new ShiftMethod(v));
    }
  }

  @Override
  public String pluginName() {
    return "ccae/dae (paper 002)";
  }
}
