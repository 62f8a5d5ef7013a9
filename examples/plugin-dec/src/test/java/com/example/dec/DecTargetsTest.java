package com.example.dec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

/** Q, P and the nearest-centre assignment against values worked by hand. */
class DecTargetsTest {
  /*
   * Worked by hand: 1-D latents z = (0, 2), centres mu = (0, 1), alpha = 1, so the kernel is 1 / (1 + d^2).
   *   sample 1: d^2 = (0, 1) -> kernel (1, 1/2)   -> q_1 = (2/3, 1/3)
   *   sample 2: d^2 = (4, 1) -> kernel (1/5, 1/2) -> q_2 = (2/7, 5/7)
   *   f = (2/3 + 2/7, 1/3 + 5/7) = (20/21, 22/21)
   *   sample 1: q^2 / f = (4/9 * 21/20, 1/9 * 21/22) = (7/15, 7/66) -> p_1 = (22/27, 5/27)
   *   sample 2: q^2 / f = (4/49 * 21/20, 25/49 * 21/22) = (3/35, 75/154) -> p_2 = (22/147, 125/147)
   * P is sharper than Q (22/27 > 2/3, 125/147 > 5/7), and cluster 2, the larger (f_2 > f_1), loses weight.
   */
  private static final FloatMatrix Z = FloatMatrix.of(new double[][] {{0}, {2}});
  private static final FloatMatrix MU = FloatMatrix.of(new double[][] {{0}, {1}});

  @Test
  void softAssignmentsMatchTheHandValues() {
    FloatMatrix q = DecTargets.softAssignments(Z, MU, 1.0);
    assertThat(q.data()).containsExactly(new float[] {2f / 3, 1f / 3, 2f / 7, 5f / 7}, within(1e-6f));
  }

  @Test
  void targetsMatchTheHandValues() {
    FloatMatrix p = DecTargets.targets(DecTargets.softAssignments(Z, MU, 1.0));
    assertThat(p.data()).containsExactly(new float[] {22f / 27, 5f / 27, 22f / 147, 125f / 147}, within(1e-6f));
  }

  @Test
  void alphaChangesTheKernelExponent() {
    // alpha = 3: kernel (1 + d^2 / 3)^-2; sample 1: (1, (3/4)^2 = 9/16) -> q = (16/25, 9/25)
    FloatMatrix q = DecTargets.softAssignments(Z, MU, 3.0);
    assertThat(q.get(0, 0)).isCloseTo(16f / 25, within(1e-6f));
    assertThat(q.get(0, 1)).isCloseTo(9f / 25, within(1e-6f));
  }

  @Test
  void farAwayLatentsDoNotUnderflow() {
    // kernel values near 1e-40 and 1e-41 are below float's normal range; their ratio is still well defined
    FloatMatrix far = FloatMatrix.of(new double[][] {{1e20}});
    FloatMatrix q = DecTargets.softAssignments(far, FloatMatrix.of(new double[][] {{0}, {-1e19}}), 1.0);
    assertThat(q.data()[0] + q.data()[1]).isCloseTo(1f, within(1e-6f));
    assertThat(q.data()[0]).isGreaterThan(q.data()[1]);
  }

  @Test
  void assignmentsAreTheNearestCentreWhichIsArgmaxQ() {
    FloatMatrix z = FloatMatrix.of(new double[][] {{0, 0}, {0.9, 1}, {5, 5}, {0.5, 0.5}});
    FloatMatrix mu = FloatMatrix.of(new double[][] {{0, 0}, {1, 1}, {4, 4}});
    int[] a = DecAssignments.assign(z, mu);
    // (0.5, 0.5) is equally near (0, 0) and (1, 1): the first wins
    assertThat(a).containsExactly(0, 1, 2, 0);
    FloatMatrix q = DecTargets.softAssignments(z, mu, 1.0);
    for (int i = 0; i < 3; i++) {
      int arg = 0;
      for (int j = 1; j < 3; j++) {
        arg = q.get(i, j) > q.get(i, arg) ? j : arg;
      }
      assertThat(arg).as("argmax q of row %d", i).isEqualTo(a[i]);
    }
  }
}
