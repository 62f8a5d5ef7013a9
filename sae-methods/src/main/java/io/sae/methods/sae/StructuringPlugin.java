package io.sae.methods.sae;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;

/** Registers {@code sae}, the structuring autoencoder of paper 001. */
public final class StructuringPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method("sae", new SaeMethod());
  }

  @Override
  public String pluginName() {
    return "sae (paper 001)";
  }
}
