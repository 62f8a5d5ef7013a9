package io.sae.api.model;

import io.sae.api.data.FloatMatrix;

/**
 * A trained structuring autoencoder, ready for inference. Rows of the matrices are samples; inputs are
 * flattened samples of {@link ArchitectureSpec#inputShape()}. Implementations hold native resources:
 * close them. Inference methods are safe to call from several threads.
 */
public interface SaeModel extends AutoCloseable {

  ModelInfo info();

  /** Latent codes (the variational mean for variational models). */
  FloatMatrix encode(FloatMatrix x);

  /**
   * Decoded samples.
   *
   * @throws UnsupportedOperationException when the model has no decoder
   */
  FloatMatrix decode(FloatMatrix z);

  /** {@code decode(encode(x))} in one pass. */
  FloatMatrix reconstruct(FloatMatrix x);

  /**
   * Softmax class probabilities of the classifier head.
   *
   * @throws UnsupportedOperationException when the model has no classifier head
   */
  FloatMatrix classProbabilities(FloatMatrix x);

  @Override
  void close();
}
