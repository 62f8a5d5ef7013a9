package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {
  @Test
  void solvesTheTextbookExample() {
    // all six assignments by hand: (0,1,2) 6, (0,2,1) 11, (1,0,2) 5, (1,2,0) 9, (2,0,1) 7, (2,1,0) 6
    double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    int[] a = Hungarian.minimise(cost);
    assertThat(a).containsExactly(1, 0, 2);
  }

  @Test
  void agreesWithExhaustiveSearchOnRandomMatrices() {
    Random random = new Random(9);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + random.nextInt(6);
      double[][] cost = new double[n][n];
      for (double[] row : cost) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextInt(20) - 10;
        }
      }
      int[] a = Hungarian.minimise(cost);
      assertThat(a).doesNotHaveDuplicates();
      assertThat(total(cost, a)).isEqualTo(best(cost, new int[n], new boolean[n], 0));
    }
  }

  @Test
  void rejectsNonSquareMatrices() {
    assertThatThrownBy(() -> Hungarian.minimise(new double[][] {{1, 2}})).hasMessageContaining("square");
  }

  private static double total(double[][] cost, int[] a) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += cost[i][a[i]];
    }
    return s;
  }

  private static double best(double[][] cost, int[] a, boolean[] used, int row) {
    if (row == a.length) {
      return total(cost, a);
    }
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < a.length; j++) {
      if (!used[j]) {
        used[j] = true;
        a[row] = j;
        best = Math.min(best, best(cost, a, used, row + 1));
        used[j] = false;
      }
    }
    return best;
  }
}
