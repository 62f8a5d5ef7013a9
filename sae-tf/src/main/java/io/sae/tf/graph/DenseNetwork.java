package io.sae.tf.graph;

import io.sae.api.model.Activation;
import io.sae.api.model.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Dense body (D + extra)-h1-...-hn and decoder inputs-hn-...-h1-D. */
final class DenseNetwork implements Network {
  private final List<DenseLayer> encoder = new ArrayList<>();
  private final List<DenseLayer> decoder = new ArrayList<>();
  private final int featureSize;
  private final Activation outputActivation;

  /** @param encoderExtra values appended to each input before the encoder (a one-hot condition), 0 for none */
  DenseNetwork(NetworkSpec.Dense spec, int inputSize, int encoderExtra, int decoderInputs, Parameters params) {
    int in = inputSize + encoderExtra;
    for (int i = 0; i < spec.hidden().size(); i++) {
      int units = spec.hidden().get(i);
      encoder.add(new DenseLayer(params, "encoder/dense" + i, in, units, spec.activation()));
      in = units;
    }
    featureSize = in;
    outputActivation = spec.outputActivation();
    if (decoderInputs > 0) {
      in = decoderInputs;
      for (int i = spec.hidden().size() - 1; i >= 0; i--) {
        int units = spec.hidden().get(i);
        decoder.add(new DenseLayer(params, "decoder/dense" + i, in, units, spec.activation()));
        in = units;
      }
      decoder.add(new DenseLayer(params, "decoder/output", in, inputSize, Activation.LINEAR));
    }
  }

  @Override
  public Operand<TFloat32> encode(Ops tf, Operand<TFloat32> x) {
    Operand<TFloat32> h = x;
    for (DenseLayer layer : encoder) {
      h = layer.apply(tf, h);
    }
    return h;
  }

  @Override
  public int featureSize() {
    return featureSize;
  }

  @Override
  public Operand<TFloat32> decodeLinear(Ops tf, Operand<TFloat32> z) {
    if (decoder.isEmpty()) {
      throw new IllegalStateException("network was built without a decoder");
    }
    Operand<TFloat32> h = z;
    for (int i = 0; i < decoder.size() - 1; i++) {
      h = decoder.get(i).apply(tf, h);
    }
    return decoder.getLast().linear(tf, h);
  }

  @Override
  public Activation outputActivation() {
    return outputActivation;
  }
}
