package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;

/**
 * Per-column standardisation {@code (x - mean) / std}, fitted on one matrix and applied to others. Columns
 * with zero spread get a scale of 1, so they become constant zero instead of NaN.
 *
 * @param mean per-column mean of the fitting matrix
 * @param std per-column population standard deviation (divisor N), or 1 where it is zero
 */
public record Standardizer(double[] mean, double[] std) {

  public Standardizer {
    if (mean.length != std.length) {
      throw new IllegalArgumentException("mean has " + mean.length + " columns, std " + std.length);
    }
    mean = mean.clone();
    std = std.clone();
  }

  /** Mean and standard deviation of each column of {@code x} (at least one row). */
  public static Standardizer fit(FloatMatrix x) {
    int n = x.rows();
    int d = x.cols();
    if (n == 0) {
      throw new InvalidInputException("standardisation needs at least one row");
    }
    float[] data = x.data();
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += data[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    double[] var = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double c = data[i * d + j] - mean[j];
        var[j] += c * c;
      }
    }
    double[] std = new double[d];
    for (int j = 0; j < d; j++) {
      double s = Math.sqrt(var[j] / n);
      std[j] = s > 0 && Double.isFinite(s) ? s : 1;
    }
    return new Standardizer(mean, std);
  }

  /** Number of columns. */
  public int dimension() {
    return mean.length;
  }

  /** {@code x} standardised, as the {@code double[][]} Smile takes. */
  public double[][] apply(FloatMatrix x) {
    if (x.cols() != mean.length) {
      throw new InvalidInputException("standardisation: matrix has " + x.cols() + " columns, expected " + mean.length);
    }
    int d = mean.length;
    float[] data = x.data();
    double[][] out = new double[x.rows()][d];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < d; j++) {
        out[i][j] = (data[i * d + j] - mean[j]) / std[j];
      }
    }
    return out;
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] std() {
    return std.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Standardizer s && java.util.Arrays.equals(s.mean, mean) && java.util.Arrays.equals(s.std, std);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(mean) + java.util.Arrays.hashCode(std);
  }

  @Override
  public String toString() {
    return "Standardizer[" + mean.length + " columns]";
  }
}
