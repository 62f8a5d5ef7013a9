package io.sae.tf.readout;

import io.sae.tf.spi.Readout;
import io.sae.tf.spi.ReadoutInputs;

import io.sae.api.data.FloatMatrix;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.Parameters;
import java.util.TreeSet;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The inference graph's {@link ReadoutInputs}.
 *
 * @param tf ops of the inference graph
 * @param model the model's graph (latent, heads, variables)
 * @param readout the readout being built (its parameters and classes)
 */
record GraphReadoutInputs(Ops tf, ModelGraph model, Readout readout) implements ReadoutInputs {

  /** The deterministic latent, [batch, latent]. */
  @Override
  public int classes() {
    return readout.classes();
  }

  @Override
  public Operand<TFloat32> latent() {
    return model.latentMean();
  }

  /** Parameter {@code name} as a constant of its matrix shape. */
  @Override
  public Operand<TFloat32> matrix(String name) {
    FloatMatrix m = parameter(name);
    return tf.constant(Shape.of(m.rows(), m.cols()), DataBuffers.of(m.data(), true, false));
  }

  /** Parameter {@code name} (one row) as a vector constant. */
  @Override
  public Operand<TFloat32> vector(String name) {
    FloatMatrix m = parameter(name);
    if (m.rows() != 1) {
      throw new IllegalArgumentException(readout.kind() + " readout: parameter '" + name + "' should be one row, has " + m.rows());
    }
    return tf.constant(m.data());
  }

  /** Parameter {@code name}; @throws IllegalArgumentException naming the readout when it is missing */
  @Override
  public FloatMatrix parameter(String name) {
    FloatMatrix m = readout.parameters().get(name);
    if (m == null) {
      throw new IllegalArgumentException(readout.kind() + " readout has no parameter '" + name + "' (has "
          + new TreeSet<>(readout.parameters().keySet()) + ")");
    }
    return m;
  }

  /** The model's variable {@code name} (trained values once loaded), e.g. cluster centres a method trains. */
  @Override
  public Operand<TFloat32> variable(String name) {
    return model.parameters().entries().stream().filter(e -> e.name().equals(name)).findFirst().map(Parameters.Entry::variable)
        .orElseThrow(() -> new IllegalArgumentException(readout.kind() + " readout: the model has no variable '" + name + "' (has "
            + new TreeSet<>(model.parameters().entries().stream().map(Parameters.Entry::name).toList()) + ")"));
  }
}
