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

/** The model's softmax head ({@code softmax-head}); scores are its class probabilities. Needs no fitting. */
public final class SoftmaxHeadGraph implements ReadoutGraph {
  public static final String KIND = ReadoutSpec.SOFTMAX_HEAD;

  @Override
  public String scoreMeaning() {
    return "class probabilities";
  }

  /** @throws InvalidInputException when the architecture has no classifier head */
  @Override
  public Optional<Readout> unfitted(ReadoutSpec spec, ArchitectureSpec architecture) {
    int classes = architecture.classifierHead()
        .orElseThrow(() -> new InvalidInputException("the method reads its latents with a softmax head, but the architecture has none"))
        .classes();
    return Optional.of(Readout.of(KIND, this, classes, Map.of(), "softmax head"));
  }

  @Override
  public Operand<TFloat32> scores(ReadoutInputs in) {
    return in.model().probabilities()
        .orElseThrow(() -> new IllegalArgumentException("softmax readout on a model without a classifier head"));
  }
}
