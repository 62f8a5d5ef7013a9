package io.sae.eval.metrics;

import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;

/** Root mean squared error between two matrices of the same shape, e.g. inputs and their reconstructions. */
public final class Rmse {
  private Rmse() {}

  /**
   * The square root of the mean of {@code (a - b)^2} over all values, accumulated in double precision.
   *
   * @return the RMSE, or NaN when the matrices hold no values
   * @throws io.sae.api.InvalidInputException when the shapes differ
   */
  public static double of(FloatMatrix a, FloatMatrix b) {
    return Math.sqrt(meanSquared(a, b));
  }

  /**
   * The mean of {@code (a - b)^2} over all values.
   *
   * @return the MSE, or NaN when the matrices hold no values
   * @throws io.sae.api.InvalidInputException when the shapes differ
   */
  public static double meanSquared(FloatMatrix a, FloatMatrix b) {
    Checks.sameShape("RMSE", a, b);
    float[] x = a.data();
    float[] y = b.data();
    if (x.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double d = (double) x[i] - y[i];
      sum += d * d;
    }
    return sum / x.length;
  }
}
