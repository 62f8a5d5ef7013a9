package io.sae.methods.sae;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Weighted orthogonal Procrustes alignment with translation: moves a configuration Y onto reference points M
 * by the orthogonal map and shift that minimise sum_k n_k |(y_k - y_bar) R + m_bar - m_k|^2.
 *
 * <p>Translation: both sets are centred on their n-weighted means, the orthogonal R = U V^T comes from the SVD
 * U S V^T of Yc^T diag(n) Mc (setting the singular values to 1, as paper 001 writes it), and the result is
 * shifted onto M's weighted mean. MDS output is only defined up to translation, so the targets keep the
 * position of the current class means and the structure of Y.
 */
public final class Procrustes {
  private Procrustes() {}

  /**
   * @param y configuration to move (k x d)
   * @param m reference points (k x d)
   * @param weights per-point weights (e.g. class sizes)
   * @return Y aligned to M
   */
  public static double[][] align(double[][] y, double[][] m, double[] weights) {
    int k = y.length;
    int d = y[0].length;
    double[] yBar = weightedMean(y, weights);
    double[] mBar = weightedMean(m, weights);
    double[][] yc = new double[k][d];
    double[][] mcw = new double[k][d];
    for (int a = 0; a < k; a++) {
      for (int j = 0; j < d; j++) {
        yc[a][j] = y[a][j] - yBar[j];
        mcw[a][j] = weights[a] * (m[a][j] - mBar[j]);
      }
    }
    RealMatrix c = new Array2DRowRealMatrix(yc, false).transpose().multiply(new Array2DRowRealMatrix(mcw, false));
    SingularValueDecomposition svd = new SingularValueDecomposition(c);
    RealMatrix r = svd.getU().multiply(svd.getVT());
    double[][] out = new Array2DRowRealMatrix(yc, false).multiply(r).getData();
    for (double[] row : out) {
      for (int j = 0; j < d; j++) {
        row[j] += mBar[j];
      }
    }
    return out;
  }

  static double[] weightedMean(double[][] x, double[] w) {
    double[] mean = new double[x[0].length];
    double total = 0;
    for (int a = 0; a < x.length; a++) {
      total += w[a];
      for (int j = 0; j < mean.length; j++) {
        mean[j] += w[a] * x[a][j];
      }
    }
    for (int j = 0; j < mean.length; j++) {
      mean[j] /= total;
    }
    return mean;
  }
}
