package io.sae.methods.shift;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The slab-and-cell searches return exactly the brute-force neighbours. */
class GroupNeighboursTest {
  private static final int N = 6 * GroupNeighbours.CELL_SIZE; // three groups of two cells each
  private static final int D = 4;

  /** Three overlapping groups of about 2 x CELL_SIZE rows (each split into two cells), and one row without a group. */
  private static FloatMatrix points(int[] group) {
    Random r = new Random(12);
    double[][] rows = new double[N][D];
    for (int i = 0; i < N; i++) {
      group[i] = i == N - 1 ? -1 : i % 3;
      for (int j = 0; j < D; j++) {
        rows[i][j] = (j == group[i] ? 1.5 : 0) + r.nextGaussian();
      }
    }
    return FloatMatrix.of(rows);
  }

  @Test
  void sameGroupNeighboursAreTheBruteForceOnes() {
    int[] group = new int[N];
    FloatMatrix x = points(group);
    GroupNeighbours.Lists l = GroupNeighbours.sameGroup(x, group, 3, 6);
    for (int i = 0; i < N; i += 7) {
      final int q = i;
      int[] expected = group[q] < 0 ? new int[0]
          : brute(x, q, IntStream.range(0, N).filter(j -> j != q && group[j] == group[q]).toArray(), 6);
      assertThat(Arrays.copyOfRange(l.rows(), q * 6, q * 6 + l.count()[q])).as("row %d", q).containsExactly(expected);
    }
  }

  @Test
  void otherGroupNeighboursAreTheBruteForceOnes() {
    int[] group = new int[N];
    FloatMatrix x = points(group);
    GroupNeighbours.Lists l = GroupNeighbours.otherGroups(x, group, 3, 5);
    for (int i = 0; i < N; i += 7) {
      final int q = i;
      int[] expected = group[q] < 0 ? new int[0]
          : brute(x, q, IntStream.range(0, N).filter(j -> group[j] >= 0 && group[j] != group[q]).toArray(), 5);
      assertThat(Arrays.copyOfRange(l.rows(), q * 5, q * 5 + l.count()[q])).as("row %d", q).containsExactly(expected);
    }
  }

  @Test
  void aGroupSmallerThanKGivesWhatItHas() {
    FloatMatrix x = FloatMatrix.of(new double[][] {{0}, {1}, {5}, {6}, {7}});
    GroupNeighbours.Lists l = GroupNeighbours.sameGroup(x, new int[] {0, 0, 1, 1, 1}, 2, 3);
    assertThat(l.count()).containsExactly(1, 1, 2, 2, 2);
    assertThat(Arrays.copyOfRange(l.rows(), 0, 1)).containsExactly(1);
    assertThat(Arrays.copyOfRange(l.rows(), 9, 11)).containsExactly(2, 4); // row 3 (6): 5 and 7 both 1 away
  }

  private static int[] brute(FloatMatrix x, int q, int[] candidates, int k) {
    return Arrays.stream(candidates).boxed()
        .sorted((a, b) -> {
          int c = Float.compare(dist(x, a, q), dist(x, b, q));
          return c != 0 ? c : Integer.compare(a, b);
        })
        .limit(k).mapToInt(Integer::intValue).toArray();
  }

  /** Squared distance accumulated in float, as the search does. */
  private static float dist(FloatMatrix x, int a, int q) {
    float s = 0;
    for (int j = 0; j < D; j++) {
      float diff = x.get(a, j) - x.get(q, j);
      s += diff * diff;
    }
    return s;
  }
}
