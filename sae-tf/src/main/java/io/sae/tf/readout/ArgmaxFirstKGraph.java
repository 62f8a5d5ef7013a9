package io.sae.tf.readout;

import io.sae.tf.spi.Readout;
import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.spi.ReadoutInputs;

import io.sae.api.InvalidInputException;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.model.ArchitectureSpec;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The largest of the first k latent dimensions ({@code argmax-first-k}, k = the readout's classes); scores are
 * those dimensions. Needs no fitting.
 */
public final class ArgmaxFirstKGraph implements ReadoutGraph {
  public static final String KIND = ReadoutSpec.ARGMAX_FIRST_K;

  @Override
  public String scoreMeaning() {
    return "those dimensions";
  }

  /** @throws InvalidInputException unless {@code 2 <= k <=} the latent's width */
  @Override
  public Optional<Readout> unfitted(ReadoutSpec spec, ArchitectureSpec architecture) {
    int k = spec.intParam("k");
    int d = architecture.latentDim();
    if (k < 2 || k > d) {
      throw new InvalidInputException("argmax of the first " + k + " latent dimensions needs 2 <= k <= " + d);
    }
    return Optional.of(Readout.of(KIND, this, k, Map.of(), "argmax of the first " + k + " latent dimensions"));
  }

  @Override
  public Operand<TFloat32> scores(ReadoutInputs in) {
    return in.tf().slice(in.latent(), in.tf().constant(new int[] {0, 0}), in.tf().constant(new int[] {-1, in.classes()}));
  }
}
