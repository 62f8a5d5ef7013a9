package io.sae.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KMeansTest {
  /** Six points on a line: two groups {0, 1, 2} and {10, 11, 12}. */
  private static final FloatMatrix LINE = FloatMatrix.of(new double[][] {{0}, {1}, {2}, {10}, {11}, {12}});

  @Test
  void lloydFromGivenCentresReachesTheHandComputedFixedPoint() {
    // start: centres 0 and 2. Assign: {0,1} -> 0 (1 is 1 from both: the first), {2,10,11,12} -> 2.
    // update: 0.5 and 8.75; assign: {0,1,2} -> 0.5, {10,11,12} -> 8.75; update: 1 and 11; then nothing changes.
    KMeans.Result r = KMeans.fitFrom(LINE, FloatMatrix.of(new double[][] {{0}, {2}}), 100);
    assertThat(r.centres().data()).containsExactly(1f, 11f);
    assertThat(r.assignment()).containsExactly(0, 0, 0, 1, 1, 1);
    assertThat(r.inertia()).isEqualTo(4.0); // 1 + 0 + 1 per group
    assertThat(r.converged()).isTrue();
    assertThat(r.iterations()).isEqualTo(3);
    assertThat(r.sizes()).containsExactly(3, 3);
  }

  @Test
  void stopsAfterTheIterationLimitAndReportsNotConverged() {
    KMeans.Result r = KMeans.fitFrom(LINE, FloatMatrix.of(new double[][] {{0}, {2}}), 1);
    // one assignment + update gives 0.5 and 8.75; the final assignment then moves row 2 to cluster 0
    assertThat(r.centres().data()).containsExactly(0.5f, 8.75f);
    assertThat(r.assignment()).containsExactly(0, 0, 0, 1, 1, 1);
    assertThat(r.converged()).isFalse();
  }

  @Test
  void anEmptiedClusterRestartsAtTheWorstFittedRow() {
    // centre 100 attracts nothing; it restarts at the row farthest from centre 5 (row 0 at 0, distance 25,
    // ties with 10 broken by the first row), after which the two groups separate
    KMeans.Result r = KMeans.fitFrom(FloatMatrix.of(new double[][] {{0}, {1}, {9}, {10}}), FloatMatrix.of(new double[][] {{5}, {100}}), 10);
    assertThat(r.sizes()).containsExactly(2, 2);
    assertThat(r.centres().data()).containsExactlyInAnyOrder(0.5f, 9.5f);
  }

  @Test
  void plusPlusIsSeededAndPicksDistinctRowsOfDistinctGroups() {
    FloatMatrix x = blobs(600, 3, 7);
    FloatMatrix a = KMeans.plusPlus(x, 3, 42);
    assertThat(KMeans.plusPlus(x, 3, 42)).isEqualTo(a);
    assertThat(KMeans.plusPlus(x, 3, 43)).isNotEqualTo(a);
    // blobs 100 apart with unit noise: D^2 sampling puts one seed in each blob with overwhelming probability
    int[] blob = KMeans.nearest(FloatMatrix.of(new double[][] {{0, 0}, {100, 0}, {0, 100}}), a);
    assertThat(blob).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void fitIsDeterministicPerSeedAndRecoversBlobs() {
    FloatMatrix x = blobs(600, 3, 7);
    KMeans.Result r = KMeans.fit(x, 3, 100, 5);
    assertThat(KMeans.fit(x, 3, 100, 5).assignment()).containsExactly(r.assignment());
    assertThat(r.sizes()).containsExactly(200, 200, 200);
    // rows cycle through the blobs: rows i and i+3 share a cluster
    for (int i = 0; i + 3 < x.rows(); i++) {
      assertThat(r.assignment()[i]).isEqualTo(r.assignment()[i + 3]);
    }
  }

  @Test
  void fitBestKeepsTheLowestInertiaOfItsSeededRestarts() {
    // uniform noise has many local minima, so the restarts really differ
    Random random = new Random(11);
    double[][] rows = new double[300][2];
    for (double[] row : rows) {
      row[0] = random.nextDouble();
      row[1] = random.nextDouble();
    }
    FloatMatrix x = FloatMatrix.of(rows);
    KMeans.Result best = KMeans.fitBest(x, 6, 100, 40, 8);
    KMeans.Result argmin = null;
    java.util.Set<Double> inertias = new java.util.HashSet<>();
    for (int r = 0; r < 8; r++) {
      KMeans.Result one = KMeans.fit(x, 6, 100, 40 + r);
      inertias.add(one.inertia());
      if (argmin == null || one.inertia() < argmin.inertia()) {
        argmin = one;
      }
    }
    assertThat(inertias).hasSizeGreaterThan(1);
    assertThat(best.inertia()).isEqualTo(argmin.inertia());
    assertThat(best.assignment()).containsExactly(argmin.assignment());
    assertThat(KMeans.fitBest(x, 6, 100, 40, 1).assignment()).containsExactly(KMeans.fit(x, 6, 100, 40).assignment());
    assertThatThrownBy(() -> KMeans.fitBest(x, 6, 100, 40, 0)).hasMessageContaining("restarts must be positive");
  }

  @Test
  void rejectsTooFewRowsAndMismatchedCentres() {
    assertThatThrownBy(() -> KMeans.fit(LINE, 7, 10, 1)).hasMessageContaining("6 rows cannot form 7 clusters");
    assertThatThrownBy(() -> KMeans.fitFrom(LINE, FloatMatrix.zeros(2, 2), 10)).hasMessageContaining("centres have 2 values");
  }

  static FloatMatrix blobs(int n, int k, long seed) {
    double[][] centres = {{0, 0}, {100, 0}, {0, 100}};
    Random random = new Random(seed);
    double[][] rows = new double[n][2];
    for (int i = 0; i < n; i++) {
      rows[i][0] = centres[i % k][0] + random.nextGaussian();
      rows[i][1] = centres[i % k][1] + random.nextGaussian();
    }
    return FloatMatrix.of(rows);
  }

  @Test
  void manyRowsAreAssignedInParallelBlocksWithTheSameResultAsOneBlock() {
    // 10,000 rows (three assignment blocks) of four blobs; the first 4,000 rows alone fit in one block
    Random r = new Random(21);
    int n = 10_000;
    float[] data = new float[n * 3];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        data[i * 3 + j] = (float) ((j == i % 4 ? 6 : 0) + r.nextGaussian());
      }
    }
    FloatMatrix x = new FloatMatrix(n, 3, data);
    FloatMatrix start = x.rows(new int[] {0, 1, 2, 3});
    KMeans.Result all = KMeans.fitFrom(x, start, 100);
    assertThat(all.converged()).isTrue();
    // every row sits with its nearest final centre, and the run repeats exactly
    assertThat(KMeans.nearest(all.centres(), x)).containsExactly(all.assignment());
    KMeans.Result again = KMeans.fitFrom(x, start, 100);
    assertThat(again.assignment()).containsExactly(all.assignment());
    assertThat(again.centres()).isEqualTo(all.centres());
    // the same Lloyd step on a one-block prefix agrees row by row with the parallel assignment of those rows
    int[] prefix = java.util.stream.IntStream.range(0, 4000).toArray();
    assertThat(KMeans.nearest(all.centres(), x.rows(prefix))).containsExactly(java.util.Arrays.copyOf(all.assignment(), 4000));
  }
}
