package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;

/** Assigns each row to the nearest of some centres (squared Euclidean distance; first centre on ties). */
public final class NearestCentre {
  private NearestCentre() {}

  /**
   * @param centres one row per centre
   * @param x rows to assign, of the centres' width
   * @return per row of {@code x}, the index of its nearest centre
   */
  public static int[] assign(FloatMatrix centres, FloatMatrix x) {
    if (x.cols() != centres.cols()) {
      throw new InvalidInputException("nearest centre: rows have " + x.cols() + " values, centres " + centres.cols());
    }
    int[] out = new int[x.rows()];
    for (int i = 0; i < x.rows(); i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int c = 0; c < centres.rows(); c++) {
        double d = 0;
        for (int j = 0; j < x.cols(); j++) {
          double diff = x.get(i, j) - centres.get(c, j);
          d += diff * diff;
        }
        if (d < best) {
          best = d;
          out[i] = c;
        }
      }
    }
    return out;
  }
}
