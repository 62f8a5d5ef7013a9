package io.sae.methods.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** kmeans-vae's KL to the nearest centre, chosen in the graph, against values worked out by hand. */
class NearestCentreKlTest {
  // centres (0, 0), (4, 0), (0, 4)
  private static final float[][] CENTRES = {{0, 0}, {4, 0}, {0, 4}};
  // nearest: (1, 1) -> (0, 0); (3, 1) -> (4, 0); (1, 3) -> (0, 4); (2, 2) is 8 from all three -> the first, (0, 0)
  private static final float[][] MU = {{1, 1}, {3, 1}, {1, 3}, {2, 2}};
  private static final float[][] LOG_VAR = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};

  @Test
  void theDivergenceIsToTheNearestCentrePerSample() {
    // with lv = 0 each sample's KL is 0.5 * |mu - c|^2: 0.5 * 2, 0.5 * 2, 0.5 * 2, 0.5 * 8 -> mean (1 + 1 + 1 + 4) / 4
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> kl = NearestCentreKl.divergenceToNearest(tf, tf.constant(MU), tf.constant(LOG_VAR), tf.constant(CENTRES));
      try (TFloat32 v = (TFloat32) s.runner().fetch(kl).run().get(0)) {
        assertThat(v.getFloat()).isCloseTo(1.75f, within(1e-6f));
      }
    }
  }

  @Test
  void theLogVarianceTermIsThatOfTheNormalKl() {
    // one sample at its centre with lv = (1, -1): 0.5 * ((e - 1 - 1) + (1/e - 1 + 1))
    float[][] mu = {{4, 0}};
    float[][] lv = {{1, -1}};
    double expected = 0.5 * ((Math.E - 2) + Math.exp(-1));
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Operand<TFloat32> kl = NearestCentreKl.divergenceToNearest(tf, tf.constant(mu), tf.constant(lv), tf.constant(CENTRES));
      try (TFloat32 v = (TFloat32) s.runner().fetch(kl).run().get(0)) {
        assertThat((double) v.getFloat()).isCloseTo(expected, within(1e-6));
      }
    }
  }

  @Test
  void theGradientPullsEachMeanTowardsItsNearestCentreOnly() {
    // d/dmu of mean_i 0.5 |mu_i - c_i|^2 is (mu_i - c_i) / batch: the choice of c passes no gradient
    try (Graph g = new Graph(); Session s = new Session(g)) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> mu = tf.placeholder(TFloat32.class);
      Operand<TFloat32> kl = NearestCentreKl.divergenceToNearest(tf, mu, tf.constant(LOG_VAR), tf.constant(CENTRES));
      var grads = tf.gradients(kl, List.of(mu));
      try (TFloat32 feed = TFloat32.tensorOf(org.tensorflow.ndarray.StdArrays.ndCopyOf(MU));
          TFloat32 grad = (TFloat32) s.runner().feed(mu, feed).fetch(grads.dy(0)).run().get(0)) {
        float[][] expected = {{0.25f, 0.25f}, {-0.25f, 0.25f}, {0.25f, -0.25f}, {0.5f, 0.5f}};
        for (int i = 0; i < 4; i++) {
          for (int j = 0; j < 2; j++) {
            assertThat(grad.getFloat(i, j)).as("d/dmu[%d][%d]", i, j).isCloseTo(expected[i][j], within(1e-6f));
          }
        }
      }
    }
  }
}
