package com.example.dec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.tf.spi.ModelEndpoints;
import io.sae.tf.spi.ReadoutInputs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** DEC's readout: hand-checked cluster labels, and the graph's argmax equal to the host's prediction. */
class DecReadoutTest {
  // three centres on a line at x = 0, 4, 8 (latent size 2)
  private static final FloatMatrix CENTRES = FloatMatrix.of(new double[][] {{0, 0}, {4, 0}, {8, 0}});
  // labelled training latents: two near centre 0 (classes 1, 1), three near centre 1 (classes 0, 2, 2), none near centre 2
  private static final FloatMatrix TRAIN = FloatMatrix.of(new double[][] {{0.5, 0}, {-0.5, 1}, {4, 0.5}, {3.5, 0}, {4.5, -1}});
  private static final int[] LABELS = {1, 1, 0, 2, 2};

  private static ReadoutFitter.Fitted fit() {
    return new DecReadout().fit(DecReadout.spec("dec-centres"),
        new ReadoutFitter.Training(TRAIN, LABELS, 3, 1L, null, Map.of("dec-centres", CENTRES)));
  }

  @Test
  void clustersTakeTheirMajorityClassAndAnEmptyOneTheMostFrequent() {
    ReadoutFitter.Fitted f = fit();
    // cluster 0 -> class 1 (2 of 2), cluster 1 -> class 2 (2 of 3), cluster 2 (empty) -> the most frequent class overall:
    // classes 1 and 2 both have 2 samples, the first of them (1) is taken
    assertThat(f.parameters().get(DecReadoutGraph.CLASS_OF).data()).containsExactly(0, 1, 0, 0, 0, 1, 0, 1, 0);
    FloatMatrix test = FloatMatrix.of(new double[][] {{0.2, 0.1}, {4.1, 0}, {7.5, 0}, {1.9, 0}, {2.1, 0}});
    assertThat(f.predict(null, test)).containsExactly(1, 2, 1, 1, 2); // 1.9 is nearer 0, 2.1 nearer 4
  }

  @Test
  void theGraphArgmaxIsTheHostPrediction() {
    ReadoutFitter.Fitted f = fit();
    FloatMatrix test = FloatMatrix.of(new double[][] {{0.2, 0.1}, {4.1, 0}, {7.5, 0}, {1.9, 0}, {2.1, 0}, {-3, 5}});
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> z = tf.constant(Shape.of(test.rows(), test.cols()), DataBuffers.of(test.data(), true, false));
      Operand<TFloat32> scores = new DecReadoutGraph().scores(inputs(tf, z, f.parameters()));
      float[] out = new float[test.rows() * 3];
      try (var r = s.runner().fetch(scores).run()) {
        ((TFloat32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
      }
      int[] argmax = new int[test.rows()];
      for (int i = 0; i < test.rows(); i++) {
        for (int c = 1; c < 3; c++) {
          argmax[i] = out[i * 3 + c] > out[i * 3 + argmax[i]] ? c : argmax[i];
        }
      }
      assertThat(argmax).containsExactly(f.predict(null, test));
      // the score of class 1 for (0.2, 0.1): minus the squared distance to centre 0 (0.05); class 0 has no cluster
      assertThat(out[1]).isEqualTo(-0.05f, org.assertj.core.data.Offset.offset(1e-6f));
      assertThat(out[0]).isLessThan(-1e29f);
    }
  }

  @Test
  void aRunWithoutTheVariableIsAClearError() {
    assertThatThrownBy(() -> new DecReadout().fit(DecReadout.spec("dec-centres"), new ReadoutFitter.Training(TRAIN, LABELS, 3, 1L, null)))
        .hasMessageContaining("the run has no trained variable 'dec-centres'");
  }

  /** The readout's parameters as constants, the latent as given. */
  private static ReadoutInputs inputs(Ops tf, Operand<TFloat32> z, Map<String, FloatMatrix> parameters) {
    return new ReadoutInputs() {
      public Ops tf() {
        return tf;
      }

      public ModelEndpoints model() {
        throw new UnsupportedOperationException();
      }

      public int classes() {
        return 3;
      }

      public Operand<TFloat32> latent() {
        return z;
      }

      public Operand<TFloat32> matrix(String name) {
        FloatMatrix m = parameter(name);
        return tf.constant(Shape.of(m.rows(), m.cols()), DataBuffers.of(m.data(), true, false));
      }

      public Operand<TFloat32> vector(String name) {
        return tf.constant(parameter(name).data());
      }

      public FloatMatrix parameter(String name) {
        return parameters.get(name);
      }

      public Operand<TFloat32> variable(String name) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
