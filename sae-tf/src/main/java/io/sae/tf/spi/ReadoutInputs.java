package io.sae.tf.spi;

import io.sae.api.data.FloatMatrix;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** What a {@link ReadoutGraph} builds its scores from, in the inference graph. */
public interface ReadoutInputs {

  /** Ops of the inference graph. */
  Ops tf();

  /** The model's endpoints (e.g. the softmax head's probabilities). */
  ModelEndpoints model();

  /** Number of classes: the width of the scores to build. */
  int classes();

  /** The deterministic latent, [batch, latent]. */
  Operand<TFloat32> latent();

  /** Parameter {@code name} of the readout as a constant of its matrix shape. */
  Operand<TFloat32> matrix(String name);

  /** Parameter {@code name} (one row) as a vector constant. */
  Operand<TFloat32> vector(String name);

  /** Parameter {@code name}; @throws IllegalArgumentException naming the readout when it is missing */
  FloatMatrix parameter(String name);

  /** The model's variable {@code name} (trained values once loaded), e.g. cluster centres a method trains. */
  Operand<TFloat32> variable(String name);
}
