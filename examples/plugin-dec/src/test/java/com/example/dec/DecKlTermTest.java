package com.example.dec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The {@code dec-kl} graph: its value is KL(P || Q) with the host's Q, and TensorFlow's gradients with respect to
 * the latents and the centres agree with central finite differences of the same graph.
 */
class DecKlTermTest {
  private static final int N = 5;
  private static final int K = 3;
  private static final int D = 2;

  /** The loss graph over fed z, mu and p, and its gradients with respect to z and mu. */
  private static final class KlGraph implements AutoCloseable {
    final Graph graph = new Graph();
    final Ops tf = Ops.create(graph);
    final Placeholder<TFloat32> z = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, D)));
    final Placeholder<TFloat32> mu = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(K, D)));
    final Placeholder<TFloat32> p = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, K)));
    final Operand<TFloat32> loss;
    final Gradients grads;
    final Session session;

    KlGraph(double alpha) {
      loss = DecKlTerm.klDivergence(tf, z, mu, p, alpha);
      grads = tf.gradients(loss, List.of(z, mu));
      session = new Session(graph);
    }

    float[] run(Output<TFloat32> what, int size, float[] zv, float[] muv, float[] pv) {
      try (TFloat32 zt = TFloat32.tensorOf(Shape.of(N, D), DataBuffers.of(zv, true, false));
          TFloat32 mt = TFloat32.tensorOf(Shape.of(K, D), DataBuffers.of(muv, true, false));
          TFloat32 pt = TFloat32.tensorOf(Shape.of(N, K), DataBuffers.of(pv, true, false));
          var r = session.runner().feed(z, zt).feed(mu, mt).feed(p, pt).fetch(what).run()) {
        float[] out = new float[size];
        ((TFloat32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
        return out;
      }
    }

    double loss(float[] zv, float[] muv, float[] pv) {
      return run(loss.asOutput(), 1, zv, muv, pv)[0];
    }

    @Override
    public void close() {
      session.close();
      graph.close();
    }
  }

  private static float[] randoms(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (r.nextDouble() * 4 - 2);
    }
    return v;
  }

  /** A P as the hook makes it: the target of some other Q, so P differs from the graph's Q and the gradient is not zero. */
  private static float[] targetOf(float[] zv, float[] muv, double alpha) {
    return DecTargets.targets(DecTargets.softAssignments(new FloatMatrix(N, D, zv), new FloatMatrix(K, D, muv), alpha)).data();
  }

  @Test
  void valueIsTheMeanKlDivergenceOfTheHostDistributions() {
    float[] zv = randoms(N * D, 1);
    float[] muv = randoms(K * D, 2);
    float[] pv = targetOf(randoms(N * D, 3), muv, 1.0);
    float[] q = DecTargets.softAssignments(new FloatMatrix(N, D, zv), new FloatMatrix(K, D, muv), 1.0).data();
    double expected = 0;
    for (int i = 0; i < N * K; i++) {
      expected += pv[i] * Math.log(pv[i] / q[i]);
    }
    expected /= N;
    try (KlGraph g = new KlGraph(1.0)) {
      assertThat(g.loss(zv, muv, pv)).isCloseTo(expected, within(1e-5)).isPositive();
      // KL(Q || Q) = 0
      assertThat(g.loss(zv, muv, q)).isCloseTo(0, within(1e-6));
    }
  }

  @Test
  void gradientsWithRespectToLatentsAndCentresMatchFiniteDifferences() {
    for (double alpha : new double[] {1.0, 2.5}) {
      float[] zv = randoms(N * D, 11);
      float[] muv = randoms(K * D, 12);
      float[] pv = targetOf(randoms(N * D, 13), randoms(K * D, 14), alpha);
      try (KlGraph g = new KlGraph(alpha)) {
        float[][] analytic = {g.run(g.grads.<TFloat32>dy(0), N * D, zv, muv, pv), g.run(g.grads.<TFloat32>dy(1), K * D, zv, muv, pv)};
        float[][] inputs = {zv, muv};
        String[] names = {"z", "mu"};
        double h = 1e-2;
        for (int w = 0; w < 2; w++) {
          for (int idx = 0; idx < inputs[w].length; idx++) {
            float[] up = inputs[w].clone();
            float[] down = inputs[w].clone();
            up[idx] += (float) h;
            down[idx] -= (float) h;
            double numeric = w == 0 ? (g.loss(up, muv, pv) - g.loss(down, muv, pv)) / (2 * h)
                : (g.loss(zv, up, pv) - g.loss(zv, down, pv)) / (2 * h);
            assertThat((double) analytic[w][idx]).as("d loss / d %s[%d], alpha %s", names[w], idx, alpha)
                .isCloseTo(numeric, within(1e-3 + 1e-2 * Math.abs(numeric)));
          }
        }
        // the check is not vacuous: the gradients are far from zero
        double norm = 0;
        for (float[] a : analytic) {
          for (float v : a) {
            norm += Math.abs(v);
          }
        }
        assertThat(norm).isGreaterThan(0.1);
      }
    }
  }
}
