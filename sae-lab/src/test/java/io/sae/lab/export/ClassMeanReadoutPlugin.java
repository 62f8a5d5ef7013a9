package io.sae.lab.export;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfExtensions;
import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.spi.ReadoutInputs;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A third-party readout as a plugin would write it: {@code class-mean} learns the mean latent of each class and
 * reads a sample as the class of the nearest mean. Host fit and predict, and the same rule as graph ops.
 */
final class ClassMeanReadoutPlugin implements SaePlugin {
  static final String KIND = "class-mean";

  @Override
  public void register(Extensions extensions) {
    extensions.add(ExtensionPoint.READOUTS, KIND, new Fitter());
    extensions.add(TfExtensions.READOUT_GRAPHS, KIND, new Graph());
  }

  @Override
  public String pluginName() {
    return "class-mean (test)";
  }

  static final class Fitter implements ReadoutFitter {
    @Override
    public String describe(ReadoutSpec spec) {
      return "nearest class mean";
    }

    @Override
    public Fitted fit(ReadoutSpec spec, Training t) {
      int d = t.latents().cols();
      float[] sums = new float[t.classes() * d];
      int[] counts = new int[t.classes()];
      for (int i = 0; i < t.labels().length; i++) {
        counts[t.labels()[i]]++;
        for (int j = 0; j < d; j++) {
          sums[t.labels()[i] * d + j] += t.latents().get(i, j);
        }
      }
      for (int k = 0; k < t.classes(); k++) {
        for (int j = 0; j < d; j++) {
          sums[k * d + j] /= counts[k];
        }
      }
      FloatMatrix means = new FloatMatrix(t.classes(), d, sums);
      int rows = t.labels().length;
      return new Fitted() {
        @Override
        public int[] predict(FloatMatrix inputs, FloatMatrix latents) {
          int[] out = new int[latents.rows()];
          for (int i = 0; i < out.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < means.rows(); k++) {
              double dist = 0;
              for (int j = 0; j < d; j++) {
                double diff = latents.get(i, j) - means.get(k, j);
                dist += diff * diff;
              }
              if (dist < best) {
                best = dist;
                out[i] = k;
              }
            }
          }
          return out;
        }

        @Override
        public String graphKind() {
          return KIND;
        }

        @Override
        public Map<String, FloatMatrix> parameters() {
          return Map.of("means", means);
        }

        @Override
        public String describe() {
          return "nearest class mean of " + rows + " labelled latents";
        }
      };
    }
  }

  static final class Graph implements ReadoutGraph {
    @Override
    public String scoreMeaning() {
      return "negative squared distances";
    }

    @Override
    public Operand<TFloat32> scores(ReadoutInputs in) {
      Ops tf = in.tf();
      Operand<TFloat32> diff = tf.math.sub(tf.expandDims(in.latent(), tf.constant(1)), in.matrix("means"));
      return tf.math.neg(tf.sum(tf.math.square(diff), tf.constant(2)));
    }
  }
}
