package io.sae.methods.sae;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfExtensions;

/** Registers {@code sae}, the structuring autoencoder of paper 001. */
public final class StructuringPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method("sae", new SaeMethod());
    extensions.add(TfExtensions.LOSSES, Eq3Losses.STRUCTURE, new Eq3Losses.Structure());
    extensions.add(TfExtensions.LOSSES, Eq3Losses.RECONSTRUCTION, new Eq3Losses.Reconstruction());
  }

  @Override
  public String pluginName() {
    return "sae (paper 001)";
  }
}
