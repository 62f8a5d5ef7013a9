package io.sae.tf.readout;

import io.sae.tf.spi.Readout;
import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.spi.ReadoutInputs;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.model.ArchitectureSpec;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The nearest of configured centres, one row per class ({@code nearest-centre}, parameter {@code centres});
 * scores are negative squared distances. Needs no fitting.
 */
public final class NearestCentreGraph implements ReadoutGraph {
  public static final String KIND = ReadoutSpec.NEAREST_CENTRE;
  public static final String CENTRES = "centres";

  @Override
  public String scoreMeaning() {
    return "negative squared distances";
  }

  /** @throws InvalidInputException when the centres do not have the latent's width */
  @Override
  public Optional<Readout> unfitted(ReadoutSpec spec, ArchitectureSpec architecture) {
    FloatMatrix centres = spec.constant(CENTRES);
    int d = architecture.latentDim();
    if (centres.cols() != d) {
      throw new InvalidInputException("nearest-centre classifier: centres have " + centres.cols() + " values, the latent " + d);
    }
    return Optional.of(Readout.of(KIND, this, centres.rows(), Map.of(CENTRES, centres),
        "nearest of " + centres.rows() + " configured centres"));
  }

  @Override
  public Operand<TFloat32> scores(ReadoutInputs in) {
    Ops tf = in.tf();
    // direct differences (not |z|^2 - 2 z.c + |c|^2), which would cancel badly for nearby points
    Operand<TFloat32> diff = tf.math.sub(tf.expandDims(in.latent(), tf.constant(1)), in.matrix(CENTRES));
    return tf.math.neg(tf.sum(tf.math.square(diff), tf.constant(2)));
  }
}
