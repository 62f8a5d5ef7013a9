package io.sae.methods.sae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Paper 001's Eq. 3 per sample, against values worked out by hand. */
class Eq3LossesTest {
  // a batch of 4: samples 0 and 2 labelled, 1 and 3 not
  private static final float[] MASK = {1, 0, 1, 0};
  // latent MSE per sample: ((1-0)^2 + (2-0)^2) / 2 = 2.5; 100 (unlabelled, must not count); ((0-1)^2 + (0-1)^2) / 2 = 1; 7 (unlabelled)
  private static final float[][] Z = {{1, 2}, {10, 10}, {0, 0}, {3, 3}};
  private static final float[][] TARGET = {{0, 0}, {0, 0}, {1, 1}, {0, 1}};
  // reconstruction MSE per sample over 2 values: 1, 4, 0.25, 9
  private static final float[][] X = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
  private static final float[][] X_HAT = {{1, -1}, {2, 2}, {0.5f, -0.5f}, {3, -3}};

  private static float run(java.util.function.Function<Ops, Operand<TFloat32>> op) {
    try (Graph g = new Graph(); Session s = new Session(g)) {
      try (TFloat32 v = (TFloat32) s.runner().fetch(op.apply(Ops.create(g))).run().get(0)) {
        return v.getFloat();
      }
    }
  }

  @Test
  void structureSumsTheLabelledSamplesAndDividesByTheWholeBatch() {
    // (2.5 + 1) / 4, where the batch-means weighting divides by the 2 labelled samples: (2.5 + 1) / 2
    float v = run(tf -> Eq3Losses.structure(tf, tf.constant(Z), tf.constant(TARGET), tf.constant(MASK)));
    assertThat(v).isCloseTo(0.875f, within(1e-6f));
  }

  @Test
  void reconstructionWeighsLabelledSamplesOneMinusGammaAndUnlabelledOne() {
    // gamma 0.75: (0.25 * 1 + 1 * 4 + 0.25 * 0.25 + 1 * 9) / 4 = 13.3125 / 4
    float v = run(tf -> Eq3Losses.reconstruction(tf, tf.constant(X_HAT), tf.constant(X), tf.constant(MASK), 0.75f));
    assertThat(v).isCloseTo(3.328125f, within(1e-6f));
    // gamma 0: a plain autoencoder's mean MSE, (1 + 4 + 0.25 + 9) / 4
    assertThat(run(tf -> Eq3Losses.reconstruction(tf, tf.constant(X_HAT), tf.constant(X), tf.constant(MASK), 0f)))
        .isCloseTo(3.5625f, within(1e-6f));
  }

  @Test
  void theWeightedSumIsTheBatchMeanOfEquation3PerSample() {
    float gamma = 0.75f;
    // Eq. 3 per sample: labelled gamma * L_S + (1 - gamma) * L_AE, unlabelled L_AE
    double perSample = (gamma * 2.5 + (1 - gamma) * 1) + 4 + (gamma * 1 + (1 - gamma) * 0.25) + 9;
    float total = run(tf -> tf.math.add(tf.math.mul(Eq3Losses.structure(tf, tf.constant(Z), tf.constant(TARGET), tf.constant(MASK)), tf.constant(gamma)),
        Eq3Losses.reconstruction(tf, tf.constant(X_HAT), tf.constant(X), tf.constant(MASK), gamma)));
    assertThat((double) total).isCloseTo(perSample / 4, within(1e-6));
  }
}
