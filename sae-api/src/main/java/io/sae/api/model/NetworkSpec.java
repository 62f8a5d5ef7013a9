package io.sae.api.model;

import java.util.List;

/**
 * The body of an autoencoder: how the encoder gets from the input to the latent layer. The decoder mirrors
 * it. Build one directly, or parse the CLI form with the TensorFlow core's {@code NetworkSpecs}.
 */
public sealed interface NetworkSpec permits NetworkSpec.Dense, NetworkSpec.Conv {

  /** The spec in the textual form {@code NetworkSpecs.parse} reads back. */
  String id();

  /** Activation of the decoder's output layer (sigmoid for pixels in [0,1], linear for free-range vectors). */
  Activation outputActivation();

  /**
   * A multilayer perceptron: input, hidden layers, latent; the decoder runs the hidden sizes backwards.
   *
   * @param hidden hidden layer widths, input side first
   * @param activation activation of every hidden layer
   * @param outputActivation activation of the reconstruction
   */
  record Dense(List<Integer> hidden, Activation activation, Activation outputActivation) implements NetworkSpec {
    public Dense { hidden = List.copyOf(hidden); }

    @Override
    public String id() { return "dense:" + join(hidden) + ":" + activation.id() + ":" + outputActivation.id(); }
  }

  /**
   * A convolutional encoder on H x W x C inputs: per entry of {@code filters} a same-padded k x k
   * convolution, the activation, and 2x2 max pooling (same padding, so 28 -> 14 -> 7 -> 4), then a dense
   * layer to the latent. The decoder is a dense layer back to the last feature map followed by stride-2
   * transposed convolutions that retrace the encoder's spatial sizes.
   *
   * @param filters filters per convolution, input side first
   * @param kernel kernel size k
   * @param activation activation after each convolution
   * @param outputActivation activation of the reconstruction
   */
  record Conv(List<Integer> filters, int kernel, Activation activation, Activation outputActivation)
      implements NetworkSpec {
    public Conv { filters = List.copyOf(filters); }

    @Override
    public String id() {
      return "conv:" + join(filters) + ":" + kernel + ":" + activation.id() + ":" + outputActivation.id();
    }
  }

  private static String join(List<Integer> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }
}
