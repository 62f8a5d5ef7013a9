package io.sae.tf.graph;

import io.sae.api.InvalidInputException;
import io.sae.api.model.Activation;
import io.sae.api.model.NetworkSpec;
import java.util.Arrays;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * An encoder body and its mirrored decoder, built from a {@link NetworkSpec}. The layers are created once
 * (in the constructor of an implementation); {@link #encode} and {@link #decodeLinear} can be applied several
 * times and share them.
 */
public interface Network {

  /** Flat input [batch, D] to body features [batch, {@link #featureSize()}]. */
  Operand<TFloat32> encode(Ops tf, Operand<TFloat32> x);

  /** Width of the body's output, the input of the latent projection. */
  int featureSize();

  /** Latent (or latent plus conditioning) [batch, inputs] to the reconstruction before its output activation, [batch, D]. */
  Operand<TFloat32> decodeLinear(Ops tf, Operand<TFloat32> z);

  /** Activation that turns {@link #decodeLinear}'s output into the reconstruction. */
  Activation outputActivation();

  /**
   * Builds the network for samples of {@code inputShape}.
   *
   * @param decoderInputs width of the decoder's input (latent size, plus conditioning classes); 0 for no decoder
   * @throws InvalidInputException when the spec does not fit the input shape
   */
  static Network build(NetworkSpec spec, int[] inputShape, int decoderInputs, Parameters params) {
    return build(spec, inputShape, 0, decoderInputs, params);
  }

  /**
   * Builds the network for samples of {@code inputShape} with {@code encoderExtra} more values appended to each
   * encoder input (a one-hot condition); only dense bodies take them.
   */
  static Network build(NetworkSpec spec, int[] inputShape, int encoderExtra, int decoderInputs, Parameters params) {
    return switch (spec) {
      case NetworkSpec.Dense d ->
          new DenseNetwork(d, Arrays.stream(inputShape).reduce(1, Math::multiplyExact), encoderExtra, decoderInputs, params);
      case NetworkSpec.Conv c -> {
        if (encoderExtra > 0) {
          throw new InvalidInputException("label conditioning appends the one-hot label to the encoder input, which needs a dense "
              + "architecture; " + spec.id() + " is convolutional (use --arch dense)");
        }
        if (inputShape.length != 3) {
          throw new InvalidInputException(
              "architecture " + spec.id() + " needs image samples of shape HxWxC, the data has shape " + Arrays.toString(inputShape)
                  + " (use a dense architecture for vectors)");
        }
        yield new ConvNetwork(c, inputShape, decoderInputs, params);
      }
    };
  }
}
