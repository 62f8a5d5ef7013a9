package io.sae.api.model;

import java.util.List;

/** An extra output attached to the latent layer. */
public sealed interface HeadSpec permits HeadSpec.Classifier, HeadSpec.Variational {

  /**
   * Dense layers from the latent to class logits (softmax), e.g. the {@code classifier} baseline (no hidden
   * layers) or the geometric method's 3-layer head.
   *
   * @param classes number of outputs
   * @param hidden widths of ReLU hidden layers between latent and logits (empty for a linear head)
   */
  record Classifier(int classes, List<Integer> hidden) implements HeadSpec {
    public Classifier {
      hidden = List.copyOf(hidden);
      if (classes < 2) throw new IllegalArgumentException("a classifier head needs at least 2 classes, got " + classes);
    }
  }

  /**
   * Makes the latent variational: the encoder outputs a mean and a log-variance of the latent size, the
   * latent used for decoding is mean + exp(logvar / 2) * noise with seeded standard normal noise during
   * training and the mean at inference. Loss terms can refer to {@code z_mean} and {@code z_logvar}.
   */
  record Variational() implements HeadSpec {}
}
