package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.Dataset;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {
  @Test
  void accuracyUsesTheBestOneToOneMap() {
    // clusters 1 -> class 0, 0 -> class 1, 2 -> class 2: 2 + 2 + 1 of 6 right. Majority voting would map
    // cluster 0 to class 1 too, but cluster 0 also holds a class-2 sample that only the one-to-one map counts wrong
    int[] truth = {0, 0, 1, 1, 2, 2};
    int[] clusters = {1, 1, 0, 0, 0, 2};
    assertThat(ClusteringMetrics.accuracy(truth, clusters)).isEqualTo(5.0 / 6);
  }

  @Test
  void accuracyIsOneForARelabelledPerfectClusteringAndCountsSurplusClustersWrong() {
    assertThat(ClusteringMetrics.accuracy(new int[] {0, 0, 1, 1, 2}, new int[] {2, 2, 0, 0, 1})).isEqualTo(1.0);
    // 3 clusters for 2 classes: cluster 2 cannot take a class already taken -> 4 of 5
    assertThat(ClusteringMetrics.accuracy(new int[] {0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2})).isEqualTo(0.8);
    // 1 cluster for 2 classes: the larger class -> 3 of 5
    assertThat(ClusteringMetrics.accuracy(new int[] {0, 0, 1, 1, 1}, new int[] {0, 0, 0, 0, 0})).isEqualTo(0.6);
  }

  @Test
  void nmiMatchesTheHandComputedValue() {
    // joint counts: (c0,l0) = 2, (c0,l1) = 1, (c1,l1) = 1 of N = 4
    // I = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2 = 0.215762; H(c) = 3/4 ln(4/3) + 1/4 ln 4 = 0.562335; H(l) = ln 2
    // NMI = 0.215762 / sqrt(0.562335 * 0.693147) = 0.345593
    int[] truth = {0, 0, 1, 1};
    int[] clusters = {0, 0, 0, 1};
    double mi = 0.5 * Math.log(4.0 / 3) + 0.25 * Math.log(2.0 / 3) + 0.25 * Math.log(2);
    double hc = 0.75 * Math.log(4.0 / 3) + 0.25 * Math.log(4);
    assertThat(ClusteringMetrics.nmi(truth, clusters)).isCloseTo(mi / Math.sqrt(hc * Math.log(2)), within(1e-12));
    assertThat(ClusteringMetrics.nmi(truth, clusters)).isCloseTo(0.345593, within(1e-6));
  }

  @Test
  void nmiIsOneForRelabelledPerfectClusteringAndZeroForIndependentOnes() {
    assertThat(ClusteringMetrics.nmi(new int[] {0, 0, 1, 1, 2, 2}, new int[] {5, 5, 3, 3, 0, 0})).isCloseTo(1.0, within(1e-12));
    // each cluster holds one sample of each class: I = 0
    assertThat(ClusteringMetrics.nmi(new int[] {0, 1, 0, 1}, new int[] {0, 0, 1, 1})).isCloseTo(0.0, within(1e-12));
    assertThat(ClusteringMetrics.nmi(new int[] {0, 1, 0, 1}, new int[] {0, 0, 0, 0})).isZero();
    assertThat(ClusteringMetrics.nmi(new int[] {1, 1, 1}, new int[] {0, 0, 0})).isEqualTo(1.0);
  }

  @Test
  void skipsUnlabelledSamplesAndRejectsBadInput() {
    int u = Dataset.UNLABELED;
    assertThat(ClusteringMetrics.accuracy(new int[] {0, u, 1, u}, new int[] {1, 1, 0, 0})).isEqualTo(1.0);
    assertThat(ClusteringMetrics.accuracy(new int[] {u, u}, new int[] {0, 1})).isNaN();
    assertThatThrownBy(() -> ClusteringMetrics.nmi(new int[] {0}, new int[] {0, 1})).hasMessageContaining("1 true labels but 2");
    assertThatThrownBy(() -> ClusteringMetrics.accuracy(new int[] {0}, new int[] {-3})).hasMessageContaining("cluster id -3");
  }

  @Test
  void theCountsGiveWhatTheLabelsGive() {
    // the table of the first test above: rows are clusters 0..2, columns classes 0..2
    int[] truth = {0, 0, 1, 1, 2, 2};
    int[] clusters = {1, 1, 0, 0, 0, 2};
    long[][] table = {{0, 2, 1}, {2, 0, 0}, {0, 0, 1}};
    assertThat(ClusteringMetrics.accuracy(table)).isEqualTo(ClusteringMetrics.accuracy(truth, clusters)).isEqualTo(5.0 / 6);
    assertThat(ClusteringMetrics.nmi(table)).isEqualTo(ClusteringMetrics.nmi(truth, clusters));
    assertThat(ClusteringMetrics.accuracy(new long[][] {{0, 0}})).isNaN();
    assertThatThrownBy(() -> ClusteringMetrics.nmi(new long[][] {{1, 2}, {3}})).hasMessageContaining("row 1 has 1 classes");
    assertThatThrownBy(() -> ClusteringMetrics.accuracy(new long[][] {{1, -2}})).hasMessageContaining("negative count -2");
  }
}
