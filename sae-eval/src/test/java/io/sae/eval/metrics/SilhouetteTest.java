package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SilhouetteTest {
  @Test
  void matchesHandComputedScores() {
    // A = {0, 2}, B = {5, 7} on a line. 0: a = 2, b = (5 + 7) / 2 = 6 -> 4/6; 2: a = 2, b = 4 -> 1/2;
    // 5: a = 2, b = 4 -> 1/2; 7: a = 2, b = 6 -> 4/6. Mean 7/12.
    FloatMatrix x = FloatMatrix.of(new double[][] {{0}, {2}, {5}, {7}});
    Silhouette.Result r = Silhouette.score(x, new int[] {0, 0, 1, 1}, 100, 1);
    assertThat(r.score()).isCloseTo(7.0 / 12, within(1e-12));
    assertThat(r.rows()).isEqualTo(4);
  }

  @Test
  void aSingletonClusterScoresZeroForItsSample() {
    // A = {0, 1}, B = {4}. 0: a = 1, b = 4 -> 3/4; 1: a = 1, b = 3 -> 2/3; 4: alone -> 0. Mean 17/36.
    FloatMatrix x = FloatMatrix.of(new double[][] {{0}, {1}, {4}});
    assertThat(Silhouette.score(x, new int[] {0, 0, 1}, 100, 1).score()).isCloseTo(17.0 / 36, within(1e-12));
  }

  @Test
  void usesASeededSubsampleBeyondTheCap() {
    Random random = new Random(1);
    double[][] rows = new double[500][2];
    int[] clusters = new int[500];
    for (int i = 0; i < 500; i++) {
      clusters[i] = i % 2;
      rows[i][0] = clusters[i] * 10 + random.nextGaussian();
      rows[i][1] = random.nextGaussian();
    }
    FloatMatrix x = FloatMatrix.of(rows);
    Silhouette.Result exact = Silhouette.score(x, clusters, 500, 0);
    Silhouette.Result sampled = Silhouette.score(x, clusters, 200, 7);
    assertThat(sampled.rows()).isEqualTo(200);
    assertThat(Silhouette.score(x, clusters, 200, 7)).isEqualTo(sampled);
    assertThat(sampled.score()).isNotEqualTo(exact.score()).isCloseTo(exact.score(), within(0.02));
  }

  @Test
  void defaultCapShrinksWithTheDimension() {
    assertThat(Silhouette.defaultMaxRows(10)).isEqualTo(10_000);
    assertThat(Silhouette.defaultMaxRows(784)).isEqualTo(1_129); // sqrt(10^9 / 784) = 1129.4
    assertThat(Silhouette.defaultMaxRows(10_000_000)).isEqualTo(1_000);
  }

  @Test
  void needsTwoClusters() {
    assertThatThrownBy(() -> Silhouette.score(FloatMatrix.zeros(3, 1), new int[] {0, 0, 0}, 10, 1))
        .hasMessageContaining("at least 2 clusters");
  }
}
