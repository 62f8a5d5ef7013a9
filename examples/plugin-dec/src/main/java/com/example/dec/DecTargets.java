package com.example.dec;

import io.sae.api.data.FloatMatrix;

/**
 * DEC's two distributions on the host (Xie et al. 2016, eq. 1 and 3), in double precision.
 *
 * <pre>
 * q_ij = (1 + ||z_i - mu_j||^2 / alpha)^(-(alpha + 1) / 2) / sum_j' (same for j')
 * p_ij = (q_ij^2 / f_j) / sum_j' (q_ij'^2 / f_j'),   f_j = sum_i q_ij (the soft cluster frequencies)
 * </pre>
 *
 * Squaring sharpens each row toward its likely cluster; dividing by f_j keeps large clusters from taking over.
 */
public final class DecTargets {
  private DecTargets() {}

  /** Q [n, k]: the Student's t soft assignment of each row of {@code z} [n, d] to each centre of {@code mu} [k, d]. */
  public static FloatMatrix softAssignments(FloatMatrix z, FloatMatrix mu, double alpha) {
    if (z.cols() != mu.cols()) {
      throw new IllegalArgumentException("latents have " + z.cols() + " values, centres " + mu.cols());
    }
    int n = z.rows();
    int k = mu.rows();
    int d = z.cols();
    double exponent = -(alpha + 1) / 2;
    float[] q = new float[n * k];
    double[] logKernel = new double[k];
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double d2 = 0;
        for (int c = 0; c < d; c++) {
          double diff = z.data()[i * d + c] - mu.data()[j * d + c];
          d2 += diff * diff;
        }
        // in log space, so that a far-away row does not underflow every kernel value to 0
        logKernel[j] = exponent * Math.log1p(d2 / alpha);
        max = Math.max(max, logKernel[j]);
      }
      double sum = 0;
      for (int j = 0; j < k; j++) {
        logKernel[j] = Math.exp(logKernel[j] - max);
        sum += logKernel[j];
      }
      for (int j = 0; j < k; j++) {
        q[i * k + j] = (float) (logKernel[j] / sum);
      }
    }
    return new FloatMatrix(n, k, q);
  }

  /** P [n, k]: the target distribution of Q [n, k], with the frequencies f_j taken over all n rows. */
  public static FloatMatrix targets(FloatMatrix q) {
    int n = q.rows();
    int k = q.cols();
    double[] f = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        f[j] += q.data()[i * k + j];
      }
    }
    float[] p = new float[n * k];
    double[] row = new double[k];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double v = q.data()[i * k + j];
        row[j] = v * v / Math.max(f[j], Double.MIN_NORMAL);
        sum += row[j];
      }
      for (int j = 0; j < k; j++) {
        p[i * k + j] = (float) (row[j] / sum);
      }
    }
    return new FloatMatrix(n, k, p);
  }
}
