package io.sae.methods.aae;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfExtensions;

/** Registers {@code aae} and its adversarial loss term. */
public final class AdversarialPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method("aae", new AaeMethod());
    extensions.add(TfExtensions.LOSSES, AdversarialLoss.KIND, new AdversarialLoss());
  }

  @Override
  public String pluginName() {
    return "aae (adversarial autoencoder, paper 001 baseline)";
  }
}
