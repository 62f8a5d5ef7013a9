package io.sae.tf.graph;

import io.sae.tf.spi.Initializer;
import io.sae.api.model.Activation;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/** A same-padded stride-1 k x k convolution with bias and activation (NHWC). */
public final class ConvLayer {
  private static final List<Long> UNIT_STRIDES = List.of(1L, 1L, 1L, 1L);
  private final Variable<TFloat32> filter;
  private final Variable<TFloat32> bias;
  private final Activation activation;

  public ConvLayer(Parameters params, String name, int kernel, int inChannels, int outChannels, Activation activation) {
    this.filter = params.model(name + "/kernel", new long[] {kernel, kernel, inChannels, outChannels}, new Initializer.GlorotUniform());
    this.bias = params.model(name + "/bias", new long[] {outChannels}, new Initializer.Constant(0f));
    this.activation = activation;
  }

  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    return Activations.apply(tf, activation, tf.nn.biasAdd(tf.nn.conv2d(x, filter, UNIT_STRIDES, "SAME"), bias));
  }
}
