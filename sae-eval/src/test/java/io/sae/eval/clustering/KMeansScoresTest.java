package io.sae.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class KMeansScoresTest {
  @Test
  void scoresTheHandCheckedClusteringOfTwoGroups() {
    // {0, 2} and {10, 12}; row 1 is labelled like the second group: ACC 3/4.
    // silhouette: 0: a = 2, b = 11 -> 9/11; 2: a = 2, b = 9 -> 7/9; 10 and 12 likewise 7/9 and 9/11
    FloatMatrix x = FloatMatrix.of(new double[][] {{0}, {2}, {10}, {12}});
    KMeansScores s = KMeansScores.compute(x, new int[] {0, 1, 1, 1}, 2, 3, 100, 100, 1);
    assertThat(s.accuracy()).isEqualTo(0.75);
    assertThat(s.silhouette()).isCloseTo((9.0 / 11 + 7.0 / 9) / 2, within(1e-12));
    assertThat(s.inertia()).isEqualTo(1.0);
    assertThat(s.converged()).isTrue();
    assertThat(KMeansScores.compute(x, new int[] {0, 1, 1, 1}, 2, 3, 100, 100, 1)).isEqualTo(s);
    assertThatThrownBy(() -> KMeansScores.compute(x, new int[] {0, 1, 1, 1}, 1, 3, 100, 100, 1)).hasMessageContaining("k >= 2");
  }
}
