package io.sae.tf.graph;

import io.sae.tf.spi.Initializer;
import io.sae.api.model.Activation;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A stride-2 same-padded transposed convolution (the gradient of a stride-2 convolution with respect to its
 * input), taking an h x w map to the given output size (2h or 2h-1), so a decoder can retrace the encoder's
 * pooled sizes exactly (4 -> 7 -> 14 -> 28 for MNIST).
 */
public final class ConvTransposeLayer {
  private static final List<Long> STRIDES = List.of(1L, 2L, 2L, 1L);
  private final Variable<TFloat32> filter;
  private final Variable<TFloat32> bias;
  private final Activation activation;
  private final int outHeight;
  private final int outWidth;
  private final int outChannels;

  public ConvTransposeLayer(
      Parameters params, String name, int kernel, int inChannels, int outChannels, int outHeight, int outWidth, Activation activation) {
    // Conv2DBackpropInput's filter is that of the forward convolution: [k, k, out (its input), in (its output)].
    this.filter = params.model(name + "/kernel", new long[] {kernel, kernel, outChannels, inChannels}, new Initializer.GlorotUniform());
    this.bias = params.model(name + "/bias", new long[] {outChannels}, new Initializer.Constant(0f));
    this.activation = activation;
    this.outHeight = outHeight;
    this.outWidth = outWidth;
    this.outChannels = outChannels;
  }

  /** The output before the activation. */
  public Operand<TFloat32> linear(Ops tf, Operand<TFloat32> x) {
    Operand<TInt32> batch = tf.slice(tf.shape(x), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
    Operand<TInt32> size = tf.concat(List.of(batch, tf.constant(new int[] {outHeight, outWidth, outChannels})), tf.constant(0));
    return tf.nn.biasAdd(tf.nn.conv2dBackpropInput(size, filter, x, STRIDES, "SAME"), bias);
  }

  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    return Activations.apply(tf, activation, linear(tf, x));
  }
}
