package io.sae.eval.metrics;

import io.sae.api.data.FloatMatrix;

/**
 * Binary cross-entropy of reconstructions against targets in [0, 1], summed over the values of a sample and
 * averaged over samples ("per image", paper 004's Table 1): -sum_j t_j log p_j + (1 - t_j) log(1 - p_j).
 * Probabilities are clipped to [1e-7, 1 - 1e-7] so a saturated sigmoid output costs at most 16.1 per value
 * instead of infinity.
 */
public final class ReconstructionBce {
  static final double EPS = 1e-7;

  private ReconstructionBce() {}

  public static double perSample(FloatMatrix reconstruction, FloatMatrix target) {
    if (reconstruction.rows() != target.rows() || reconstruction.cols() != target.cols()) {
      throw new IllegalArgumentException("reconstruction " + reconstruction.rows() + "x" + reconstruction.cols() + " vs target "
          + target.rows() + "x" + target.cols());
    }
    if (target.rows() == 0) {
      throw new IllegalArgumentException("no samples");
    }
    float[] p = reconstruction.data();
    float[] t = target.data();
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
      sum -= t[i] * Math.log(q) + (1 - t[i]) * Math.log(1 - q);
    }
    return sum / target.rows();
  }
}
