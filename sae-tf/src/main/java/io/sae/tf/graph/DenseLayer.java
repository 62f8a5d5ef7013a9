package io.sae.tf.graph;

import io.sae.tf.spi.Initializer;
import io.sae.api.model.Activation;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** A fully connected layer {@code act(x W + b)}; applying it twice shares the weights. */
public final class DenseLayer {
  private final Variable<TFloat32> kernel;
  private final Variable<TFloat32> bias;
  private final Activation activation;
  private final int units;

  public DenseLayer(Parameters params, String name, int inputs, int units, Activation activation) {
    this.kernel = params.model(name + "/kernel", new long[] {inputs, units}, new Initializer.GlorotUniform());
    this.bias = params.model(name + "/bias", new long[] {units}, new Initializer.Constant(0f));
    this.activation = activation;
    this.units = units;
  }

  /** The output before the activation (logits). */
  public Operand<TFloat32> linear(Ops tf, Operand<TFloat32> x) {
    return tf.nn.biasAdd(tf.linalg.matMul(x, kernel), bias);
  }

  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    return Activations.apply(tf, activation, linear(tf, x));
  }

  public int units() {
    return units;
  }
}
