package io.sae.tf;

import com.google.inject.AbstractModule;
import io.sae.api.method.LossKinds;
import io.sae.tf.loss.KlNormalLoss;
import io.sae.tf.loss.LatentMseLoss;
import io.sae.tf.loss.ReconstructionBceLoss;
import io.sae.tf.loss.ReconstructionMseLoss;
import io.sae.tf.loss.SoftmaxCrossEntropyLoss;

/** The core's Guice module: the built-in loss builders, and an empty transform registry plugins add to. */
public final class TfModule extends AbstractModule {
  @Override
  protected void configure() {
    var losses = TfRegistries.losses(binder());
    losses.addBinding(LossKinds.RECONSTRUCTION_MSE).to(ReconstructionMseLoss.class);
    losses.addBinding(LossKinds.RECONSTRUCTION_BCE).to(ReconstructionBceLoss.class);
    losses.addBinding(LossKinds.SOFTMAX_CROSS_ENTROPY).to(SoftmaxCrossEntropyLoss.class);
    losses.addBinding(LossKinds.LATENT_MSE).to(LatentMseLoss.class);
    losses.addBinding(LossKinds.KL_NORMAL).to(KlNormalLoss.class);
    TfRegistries.transforms(binder());
  }
}
