package io.sae.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProjectedSlabTest {
  private static ProjectedSlab slab(FloatMatrix x, int[] rows) {
    return ProjectedSlab.build(x, rows, ProjectedSlab.principalAxis(x, rows));
  }

  private static ProjectedSlab slab(FloatMatrix x) {
    return slab(x, IntStream.range(0, x.rows()).toArray());
  }

  @Test
  void findsTheHandCheckedNeighboursAndSkipsTheQueryRow() {
    FloatMatrix x = FloatMatrix.of(new double[][] {{0, 0}, {1, 0}, {0, 2}, {5, 5}, {1, 1}});
    ProjectedSlab tree = slab(x);
    NearestSet set = new NearestSet(2);
    tree.search(x.row(0), 0, set);
    // from (0,0): (1,0) at 1, (1,1) at 2, (0,2) at 4
    assertThat(set.rowsByDistance()).containsExactly(1, 4);
    set.reset();
    tree.search(new float[] {0.5f, 0}, -1, set);
    // (0,0) and (1,0) both at 0.25: both kept, the smaller row first
    assertThat(set.rowsByDistance()).containsExactly(0, 1);
  }

  @Test
  void tiesAtTheBoundKeepTheSmallerRowIndex() {
    // rows 1..4 are all 1 away from the query at the origin; k = 2 keeps rows 1 and 2 whatever the search order
    FloatMatrix x = FloatMatrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 0}});
    NearestSet set = new NearestSet(2);
    slab(x).search(new float[] {0, 0}, 0, set);
    assertThat(set.rowsByDistance()).containsExactly(1, 2);
  }

  @Test
  void agreesWithBruteForceOnRandomData() {
    Random random = new Random(3);
    int n = 3000;
    int d = 6;
    float[] data = new float[n * d];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) Math.round(random.nextGaussian() * 4) / 2; // coarse grid: many exact ties
    }
    FloatMatrix x = new FloatMatrix(n, d, data);
    // index the even rows only, query every 7th row
    int[] even = IntStream.range(0, n).filter(i -> i % 2 == 0).toArray();
    ProjectedSlab tree = slab(x, even);
    NearestSet set = new NearestSet(10);
    for (int q = 0; q < n; q += 7) {
      set.reset();
      tree.search(x.row(q), q, set);
      assertThat(set.rowsByDistance()).as("query %d", q).containsExactly(bruteForce(x, even, q, 10));
    }
  }

  @Test
  void searchingSeveralTreesWithOneSetSearchesTheirUnion() {
    Random random = new Random(4);
    float[] data = new float[400 * 3];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    FloatMatrix x = new FloatMatrix(400, 3, data);
    int[] a = IntStream.range(0, 400).filter(i -> i % 3 == 0).toArray();
    int[] b = IntStream.range(0, 400).filter(i -> i % 3 == 1).toArray();
    int[] union = IntStream.range(0, 400).filter(i -> i % 3 != 2).toArray();
    ProjectedSlab ta = slab(x, a);
    ProjectedSlab tb = slab(x, b);
    NearestSet set = new NearestSet(5);
    for (int q = 0; q < 400; q += 11) {
      set.reset();
      tb.search(x.row(q), q, set);
      ta.search(x.row(q), q, set);
      assertThat(set.rowsByDistance()).containsExactly(bruteForce(x, union, q, 5));
    }
  }

  @Test
  void gapIsZeroInsideTheProjectedRangeAndTheSquaredGapOutside() {
    // rows at x = 0 and x = 2 projected on the x axis: the range is [0, 2]
    ProjectedSlab s = ProjectedSlab.build(FloatMatrix.of(new double[][] {{0, 0}, {2, 1}}), new int[] {0, 1}, new double[] {3, 0});
    assertThat(s.gap(new float[] {1, 7})).isZero();
    assertThat(s.gap(new float[] {5, 3})).isEqualTo(9);
    assertThat(s.gap(new float[] {-1, 0})).isEqualTo(1);
  }

  @Test
  void anyDirectionGivesTheSameExactNeighbours() {
    Random random = new Random(8);
    float[] data = new float[500 * 4];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    FloatMatrix x = new FloatMatrix(500, 4, data);
    int[] all = IntStream.range(0, 500).toArray();
    ProjectedSlab oblique = ProjectedSlab.build(x, all, new double[] {1, -2, 0.5, 3});
    NearestSet set = new NearestSet(7);
    for (int q = 0; q < 500; q += 13) {
      set.reset();
      oblique.search(x.row(q), q, set);
      assertThat(set.rowsByDistance()).containsExactly(bruteForce(x, all, q, 7));
    }
  }

  @Test
  void principalAxisOfAnElongatedCloudIsItsLongAxis() {
    // points spread along (1, 1) with a little noise across: the axis is (1, 1) / sqrt 2 up to sign
    Random random = new Random(2);
    double[][] rows = new double[300][2];
    for (double[] r : rows) {
      double t = 10 * random.nextGaussian();
      double u = 0.1 * random.nextGaussian();
      r[0] = t + u;
      r[1] = t - u;
    }
    double[] axis = ProjectedSlab.principalAxis(FloatMatrix.of(rows), IntStream.range(0, 300).toArray());
    assertThat(Math.abs(axis[0])).isCloseTo(Math.sqrt(0.5), org.assertj.core.api.Assertions.within(1e-3));
    assertThat(axis[0] * axis[1]).isPositive();
  }

  private static int[] bruteForce(FloatMatrix x, int[] candidates, int q, int k) {
    float[] query = x.row(q);
    return Arrays.stream(candidates).filter(r -> r != q).boxed()
        .sorted((r1, r2) -> {
          int c = Double.compare(dist(x, r1, query), dist(x, r2, query));
          return c != 0 ? c : Integer.compare(r1, r2);
        })
        .limit(k).mapToInt(Integer::intValue).toArray();
  }

  @Test
  void chunkEdgesAndQueriesBeyondTheRangeAreExact() {
    Random random = new Random(5);
    for (int n : new int[] {1, ProjectedSlab.CHUNK - 1, ProjectedSlab.CHUNK, ProjectedSlab.CHUNK + 1, 3 * ProjectedSlab.CHUNK + 7}) {
      float[] data = new float[(n + 2) * 3];
      for (int i = 0; i < n * 3; i++) {
        data[i] = (float) random.nextGaussian();
      }
      // two queries far outside the rows' projection range, on either side
      data[n * 3] = 50;
      data[(n + 1) * 3] = -50;
      FloatMatrix x = new FloatMatrix(n + 2, 3, data);
      int[] indexed = IntStream.range(0, n).toArray();
      ProjectedSlab s = slab(x, indexed);
      NearestSet set = new NearestSet(4);
      for (int q = 0; q < n + 2; q += Math.max(1, n / 9)) {
        set.reset();
        s.search(x.row(q), q, set);
        assertThat(set.rowsByDistance()).as("n %d, query %d", n, q).containsExactly(bruteForce(x, indexed, q, 4));
      }
      for (int q = n; q < n + 2; q++) {
        set.reset();
        s.search(x.row(q), -1, set);
        assertThat(set.rowsByDistance()).as("n %d, outside query %d", n, q).containsExactly(bruteForce(x, indexed, q, 4));
      }
    }
  }

  private static double dist(FloatMatrix x, int r, float[] q) {
    double s = 0;
    for (int j = 0; j < q.length; j++) {
      double diff = x.get(r, j) - q[j];
      s += diff * diff;
    }
    return s;
  }
}
