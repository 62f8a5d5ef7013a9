package io.sae.tf.spi;

import io.sae.api.method.ReadoutSpec;
import io.sae.api.model.ArchitectureSpec;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The graph side of a readout kind: latent to per-class scores as TensorFlow ops, for in-process
 * {@code SaeModel.classify} and the SavedModel's {@code classify} signature. Registered at
 * {@link io.sae.tf.TfExtensions#READOUT_GRAPHS}: under a plan's readout kind when the spec alone defines it (no
 * fitting), and under the kind a host fit names ({@link io.sae.api.method.ReadoutFitter.Fitted#graphKind}).
 */
public interface ReadoutGraph {

  /** What the scores are, for people (e.g. {@code decision values}). */
  String scoreMeaning();

  /**
   * The readout {@code spec} (of this graph's kind) gives without fitting on data, e.g. configured centres or
   * a readout of trained variables; empty (the default) when a host must fit it first.
   *
   * @throws io.sae.api.InvalidInputException when the spec does not fit the architecture
   */
  default Optional<Readout> unfitted(ReadoutSpec spec, ArchitectureSpec architecture) {
    return Optional.empty();
  }

  /** The scores, [batch, classes], from the model's latent, the readout's parameters and the model's variables. */
  Operand<TFloat32> scores(ReadoutInputs in);
}
