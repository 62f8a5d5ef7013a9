package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class ClusterMajorityTest {
  /** Points at (0,0), (10,0) and (0,10), four each, with small offsets; labels of some are hidden. */
  private static FloatMatrix blobs() {
    double[][] c = {{0, 0}, {10, 0}, {0, 10}};
    double[][] off = {{0.1, 0}, {-0.1, 0}, {0, 0.1}, {0, -0.1}};
    double[][] rows = new double[12][];
    for (int b = 0; b < 3; b++) {
      for (int i = 0; i < 4; i++) {
        rows[b * 4 + i] = new double[] {c[b][0] + off[i][0], c[b][1] + off[i][1]};
      }
    }
    return FloatMatrix.of(rows);
  }

  @Test
  void clustersTakeTheMajorityOfTheirLabelledMembers() {
    // blob 0: labels 0,0,1,-1 -> class 0; blob 1: 2,-1,-1,-1 -> class 2; blob 2: 1,1,-1,0 -> class 1
    int[] y = {0, 0, 1, -1, 2, -1, -1, -1, 1, 1, -1, 0};
    ClusterMajority.Model m = new ClusterMajority(3, 100, 7).fit(blobs(), y, 3);
    FloatMatrix test = FloatMatrix.of(new double[][] {{0.2, 0.2}, {9, 1}, {1, 9}});
    assertThat(m.predict(test)).containsExactly(0, 2, 1);
    assertThat(m.scores(test).row(1)).containsExactly(0f, 0f, 1f);
  }

  @Test
  void aClusterWithoutLabelsTakesTheMostFrequentClass() {
    // blob 2 has no labels; class 1 is the most frequent labelled class overall (3 of 5)
    int[] y = {1, 1, -1, -1, 0, 0, 1, -1, -1, -1, -1, -1};
    ClusterMajority.Model m = new ClusterMajority(3, 100, 7).fit(blobs(), y, 2);
    assertThat(m.predict(FloatMatrix.of(new double[][] {{0, 9.5}}))).containsExactly(1);
    // blob 1 votes 0,0,1 -> class 0
    assertThat(m.predict(FloatMatrix.of(new double[][] {{10, 0.3}}))).containsExactly(0);
  }

  @Test
  void sameSeedSameClusters() {
    int[] y = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
    ClusterMajority.Model a = new ClusterMajority(3, 100, 3).fit(blobs(), y, 3);
    ClusterMajority.Model b = new ClusterMajority(3, 100, 3).fit(blobs(), y, 3);
    assertThat(a.centres()).isEqualTo(b.centres());
    assertThat(a.clusterClass()).containsExactly(b.clusterClass());
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> new ClusterMajority(20, 100, 1).fit(blobs(), new int[12], 2)).hasMessageContaining("cannot form 20 clusters");
    int[] none = new int[12];
    java.util.Arrays.fill(none, -1);
    assertThatThrownBy(() -> new ClusterMajority(3, 100, 1).fit(blobs(), none, 2)).hasMessageContaining("no labelled training row");
  }
}
