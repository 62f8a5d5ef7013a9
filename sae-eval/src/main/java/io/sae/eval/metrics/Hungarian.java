package io.sae.eval.metrics;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a square cost matrix: the Hungarian method (Kuhn-Munkres) in its O(n^3) form
 * with row and column potentials and shortest augmenting paths. Neither Commons Math 3 nor Smile offers one.
 */
public final class Hungarian {
  private Hungarian() {}

  /**
   * @param cost an n x n matrix of finite costs
   * @return for each row, the column assigned to it; the sum of {@code cost[i][result[i]]} is minimal
   */
  public static int[] minimise(double[][] cost) {
    int n = cost.length;
    for (double[] row : cost) {
      if (row.length != n) {
        throw new IllegalArgumentException("Hungarian method: the cost matrix must be square, got " + n + " rows and a row of " + row.length);
      }
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("Hungarian method: costs must be finite, got " + v);
        }
      }
    }
    // 1-based arrays; column 0 is the virtual start of each augmenting path
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] match = new int[n + 1]; // match[j]: the row assigned to column j (0: none)
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      match[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = match[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (match[j0] != 0);
      do { // flip the augmenting path
        int j1 = way[j0];
        match[j0] = match[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] result = new int[n];
    for (int j = 1; j <= n; j++) {
      result[match[j] - 1] = j - 1;
    }
    return result;
  }
}
