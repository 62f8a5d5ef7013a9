package io.sae.tf.graph;

import io.sae.api.model.Activation;
import io.sae.api.model.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

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
    Operand<TInt32> window = tf.constant(new int[] {1, 2, 2, 1});
    for (ConvLayer layer : encoder) {
      h = tf.nn.maxPool(layer.apply(tf, h), window, window, "SAME");
    }
    return tf.reshape(h, tf.constant(new int[] {-1, featureSize}));
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
