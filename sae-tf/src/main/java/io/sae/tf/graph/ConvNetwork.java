package io.sae.tf.graph;

import io.sae.api.model.Activation;
import io.sae.api.model.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Convolutional body: per filter count a same-padded convolution, the activation and 2x2 max pooling with
 * same padding (so 28 -> 14 -> 7 -> 4), flattened. The decoder maps its input by a dense layer (with the
 * activation) to the last feature map, then runs stride-2 transposed convolutions back through the encoder's
 * spatial sizes; the last one outputs the input channels.
 */
final class ConvNetwork implements Network {
  private final List<ConvLayer> encoder = new ArrayList<>();
  private final List<ConvTransposeLayer> decoder = new ArrayList<>();
  private final int[] inputShape;
  private final int featureSize;
  private final int[] lastMap;
  private final DenseLayer decoderEntry;
  private final Activation outputActivation;

  ConvNetwork(NetworkSpec.Conv spec, int[] inputShape, int decoderInputs, Parameters params) {
    this.inputShape = inputShape.clone();
    int h = inputShape[0];
    int w = inputShape[1];
    int c = inputShape[2];
    List<int[]> sizes = new ArrayList<>(); // spatial size + channels entering each conv
    for (int i = 0; i < spec.filters().size(); i++) {
      sizes.add(new int[] {h, w, c});
      int f = spec.filters().get(i);
      encoder.add(new ConvLayer(params, "encoder/conv" + i, spec.kernel(), c, f, spec.activation()));
      c = f;
      h = (h + 1) / 2;
      w = (w + 1) / 2;
    }
    lastMap = new int[] {h, w, c};
    featureSize = h * w * c;
    outputActivation = spec.outputActivation();
    if (decoderInputs > 0) {
      decoderEntry = new DenseLayer(params, "decoder/dense", decoderInputs, featureSize, spec.activation());
      for (int i = spec.filters().size() - 1; i >= 0; i--) {
        int[] target = sizes.get(i);
        Activation act = i == 0 ? Activation.LINEAR : spec.activation();
        decoder.add(new ConvTransposeLayer(params, "decoder/deconv" + i, spec.kernel(), c, target[2], target[0], target[1], act));
        c = target[2];
      }
    } else {
      decoderEntry = null;
    }
  }

  @Override
  public Operand<TFloat32> encode(Ops tf, Operand<TFloat32> x) {
    Operand<TFloat32> h = tf.reshape(x, tf.constant(new int[] {-1, inputShape[0], inputShape[1], inputShape[2]}));
    for (ConvLayer layer : encoder) {
      h = maxPool2x2(tf, layer.apply(tf, h));
    }
    return tf.reshape(h, tf.constant(new int[] {-1, featureSize}));
  }

  /**
   * 2x2 max pooling, stride 2, same padding, as the original {@code MaxPool} op with the window in attributes:
   * TF Java's {@code tf.nn.maxPool} builds {@code MaxPoolV2} (window as tensors), which TensorFlow's oneDNN
   * rewrite does not replace by its fused kernel; measured slower in training here.
   */
  private static Operand<TFloat32> maxPool2x2(Ops tf, Operand<TFloat32> x) {
    long[] window = {1, 2, 2, 1};
    org.tensorflow.Operation op = tf.scope().opBuilder("MaxPool", "MaxPool")
        .addInput(x.asOutput())
        .setAttr("ksize", window)
        .setAttr("strides", window)
        .setAttr("padding", "SAME")
        .setAttr("T", org.tensorflow.proto.DataType.DT_FLOAT)
        .build();
    return op.output(0);
  }

  @Override
  public int featureSize() {
    return featureSize;
  }

  @Override
  public Operand<TFloat32> decodeLinear(Ops tf, Operand<TFloat32> z) {
    if (decoderEntry == null) {
      throw new IllegalStateException("network was built without a decoder");
    }
    Operand<TFloat32> h = tf.reshape(decoderEntry.apply(tf, z), tf.constant(new int[] {-1, lastMap[0], lastMap[1], lastMap[2]}));
    for (int i = 0; i < decoder.size(); i++) {
      ConvTransposeLayer layer = decoder.get(i);
      h = i == decoder.size() - 1 ? layer.linear(tf, h) : layer.apply(tf, h);
    }
    return tf.reshape(h, tf.constant(new int[] {-1, inputShape[0] * inputShape[1] * inputShape[2]}));
  }

  @Override
  public Activation outputActivation() {
    return outputActivation;
  }
}
