package io.sae.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class PcaTest {
  @Test
  void pointsOnALineProjectOntoTheFirstAxis() {
    // (t, 2t) for t = 0..3: direction (1, 2)/sqrt(5); projections (t - 1.5) * sqrt(5);
    // variance (divisor N - 1) = 5 * var(0, 1, 2, 3) = 5 * 5/3 = 25/3; nothing left for the second axis
    FloatMatrix x = FloatMatrix.of(new double[][] {{0, 0}, {1, 2}, {2, 4}, {3, 6}});
    Pca pca = Pca.fit(x, 2);
    assertThat(pca.mean()).containsExactly(1.5, 3.0);
    assertThat(pca.variances()[0]).isCloseTo(25.0 / 3, within(1e-9));
    assertThat(pca.variances()[1]).isCloseTo(0, within(1e-9));
    assertThat(pca.explainedVarianceRatio()[0]).isCloseTo(1, within(1e-9));
    FloatMatrix w = pca.loadings();
    double sign = Math.signum(w.get(0, 0));
    assertThat(sign * w.get(0, 0)).isCloseTo(1 / Math.sqrt(5), within(1e-6));
    assertThat(sign * w.get(0, 1)).isCloseTo(2 / Math.sqrt(5), within(1e-6));
    FloatMatrix p = pca.project(x);
    assertThat(p.cols()).isEqualTo(2);
    for (int t = 0; t < 4; t++) {
      assertThat(sign * p.get(t, 0)).isCloseTo((t - 1.5) * Math.sqrt(5), within(1e-5));
      assertThat(p.get(t, 1)).isCloseTo(0f, within(1e-5f));
    }
  }

  @Test
  void varianceOrderingOfAnAxisAlignedCross() {
    // (+-3, 0) and (0, +-1): covariance diag(18/3, 2/3) -> variances 6 and 2/3, ratios 0.9 and 0.1
    FloatMatrix x = FloatMatrix.of(new double[][] {{0, 1}, {3, 0}, {0, -1}, {-3, 0}});
    Pca pca = Pca.fit(x, 2);
    assertThat(pca.variances()[0]).isCloseTo(6, within(1e-9));
    assertThat(pca.variances()[1]).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(pca.explainedVarianceRatio()[0]).isCloseTo(0.9, within(1e-9));
    assertThat(pca.explainedVarianceRatio()[1]).isCloseTo(0.1, within(1e-9));
    FloatMatrix w = pca.loadings();
    assertThat(Math.abs(w.get(0, 0))).isCloseTo(1f, within(1e-6f));
    assertThat(Math.abs(w.get(1, 1))).isCloseTo(1f, within(1e-6f));
    FloatMatrix p = pca.project(x);
    assertThat(Math.abs(p.get(1, 0))).isCloseTo(3f, within(1e-5f));
    assertThat(Math.abs(p.get(0, 1))).isCloseTo(1f, within(1e-5f));
  }

  @Test
  void keepsTheRequestedComponentsOfHigherDimensionalData() {
    java.util.Random r = new java.util.Random(3);
    double[][] rows = new double[500][5];
    for (double[] row : rows) {
      for (int j = 0; j < 5; j++) {
        row[j] = r.nextGaussian() * (5 - j); // spread 5, 4, 3, 2, 1
      }
    }
    Pca pca = Pca.fit(FloatMatrix.of(rows), 2);
    assertThat(pca.components()).isEqualTo(2);
    assertThat(pca.dimension()).isEqualTo(5);
    assertThat(pca.variances()[0]).isGreaterThan(pca.variances()[1]);
    assertThat(Math.abs(pca.loadings().get(0, 0))).isGreaterThan(0.9f);
    assertThat(pca.project(FloatMatrix.of(rows)).cols()).isEqualTo(2);
    // deterministic sign: the largest coordinate of each component is positive
    assertThat(pca.loadings().get(0, 0)).isPositive();
  }

  @Test
  void rejectsBadInput() {
    FloatMatrix x = FloatMatrix.of(new double[][] {{0, 1}, {1, 0}});
    assertThatThrownBy(() -> Pca.fit(x, 3)).isInstanceOf(InvalidInputException.class).hasMessageContaining("3 components");
    assertThatThrownBy(() -> Pca.fit(FloatMatrix.of(new double[][] {{1, 2}}), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 2 rows");
    assertThatThrownBy(() -> Pca.fit(x, 1).project(FloatMatrix.zeros(1, 3)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("fitted on 2");
  }
}
