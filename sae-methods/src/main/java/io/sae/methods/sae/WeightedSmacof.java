package io.sae.methods.sae;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Metric multidimensional scaling by stress majorisation (SMACOF, de Leeuw; Borg and Groenen, ch. 8) with
 * weights: minimises sigma(X) = sum over pairs i &lt; j of w_ij (d_ij(X) - delta_ij)^2 from a given start by
 * repeating the Guttman transform X &lt;- V^+ B(X) X, where V_ij = -w_ij, V_ii = sum_j w_ij, B_ij = -w_ij
 * delta_ij / d_ij(X) (0 where d_ij = 0), B_ii = -sum_j B_ij. Each step does not increase the stress.
 *
 * <p>Why metric and weighted: the structuring autoencoder's dissimilarities are given (e.g. all classes 1
 * apart), so the targets should reproduce them, not only their order as non-metric MDS would (which may
 * leave tied dissimilarities unequal). Weights let K class points stand for N samples: with w_ab = n_a n_b
 * the K-point problem has the same solutions as the N-sample problem whose samples sit on their class point
 * (proved for a small case in the tests).
 */
public final class WeightedSmacof {
  private WeightedSmacof() {}

  /**
   * The result.
   *
   * @param points the configuration, one row per point
   * @param stress the raw weighted stress at {@code points}
   * @param iterations Guttman transforms done
   */
  public record Result(double[][] points, double stress, int iterations) {}

  /**
   * @param delta symmetric dissimilarities, zero diagonal
   * @param weights symmetric non-negative weights (the diagonal is ignored)
   * @param start starting configuration (n x dims)
   * @param maxIterations most Guttman transforms
   * @param tolerance stop when the stress decreases by less than this share of itself
   */
  public static Result fit(double[][] delta, double[][] weights, double[][] start, int maxIterations, double tolerance) {
    int n = start.length;
    double[][] vPlus = pseudoInverse(vMatrix(weights)).getData();
    double[][] x = copy(start);
    double[][] dist = new double[n][n];
    double stress = stressAndDistances(delta, weights, x, dist);
    double[][] b = new double[n][n];
    double[][] vb = new double[n][n];
    int it = 0;
    while (it < maxIterations) {
      // Plain loops instead of Commons Math matrices: the same products summed in the same order (so the same
      // bits), without a matrix copy per step or a virtual call per entry. Run before every epoch, the
      // allocating version was most of the hook's host work while still interpreted (issue 18).
      bMatrix(delta, weights, dist, b);
      multiply(vPlus, b, vb);
      double[][] next = new double[n][x[0].length];
      multiply(vb, x, next);
      double nextStress = stressAndDistances(delta, weights, next, dist);
      it++;
      boolean converged = stress - nextStress <= tolerance * Math.max(stress, Double.MIN_NORMAL);
      x = next;
      stress = nextStress;
      if (converged) {
        break;
      }
    }
    return new Result(x, stress, it);
  }

  /** The raw weighted stress of {@code x}. */
  public static double stress(double[][] delta, double[][] weights, double[][] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double r = distance(x[i], x[j]) - delta[i][j];
        s += weights[i][j] * r * r;
      }
    }
    return s;
  }

  /**
   * {@link #stress} of {@code x}, leaving d_ij(x) in {@code dist} (both triangles: d_ij = d_ji bit for bit, as
   * (a - b)^2 = (b - a)^2) for the next Guttman transform's B(x).
   */
  private static double stressAndDistances(double[][] delta, double[][] weights, double[][] x, double[][] dist) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double d = distance(x[i], x[j]);
        dist[i][j] = d;
        dist[j][i] = d;
        double r = d - delta[i][j];
        s += weights[i][j] * r * r;
      }
    }
    return s;
  }

  static double distance(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      double d = a[k] - b[k];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  private static double[][] vMatrix(double[][] w) {
    int n = w.length;
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          v[i][j] = -w[i][j];
          v[i][i] += w[i][j];
        }
      }
    }
    return v;
  }

  /** B(x) into {@code b}, from the distances {@code dist} of x. */
  private static void bMatrix(double[][] delta, double[][] w, double[][] dist, double[][] b) {
    int n = b.length;
    for (int i = 0; i < n; i++) {
      b[i][i] = 0;
      for (int j = 0; j < n; j++) {
        if (i != j) {
          double d = dist[i][j];
          b[i][j] = d > 0 ? -w[i][j] * delta[i][j] / d : 0;
          b[i][i] -= b[i][j];
        }
      }
    }
  }

  /**
   * {@code out = a b}, each entry summed from 0 over the inner index in increasing order, as Commons Math's
   * {@code multiply} does (so the same bits as the version that used it).
   */
  static void multiply(double[][] a, double[][] b, double[][] out) {
    int inner = b.length;
    int cols = b[0].length;
    for (int r = 0; r < a.length; r++) {
      double[] row = a[r];
      for (int c = 0; c < cols; c++) {
        double sum = 0;
        for (int i = 0; i < inner; i++) {
          sum += row[i] * b[i][c];
        }
        out[r][c] = sum;
      }
    }
  }

  private static RealMatrix pseudoInverse(double[][] m) {
    return new SingularValueDecomposition(new Array2DRowRealMatrix(m, false)).getSolver().getInverse();
  }

  private static double[][] copy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }
}
