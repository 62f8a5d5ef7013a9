package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;

/** Labels from score or probability matrices (one row per sample, one column per class). */
public final class Predictions {
  private Predictions() {}

  /**
   * Labels from softmax outputs, e.g. {@link io.sae.api.model.SaeModel#classProbabilities}: the most probable
   * class of each row.
   *
   * @throws InvalidInputException when the matrix has no columns or a value is not finite
   */
  public static int[] fromProbabilities(FloatMatrix probabilities) {
    return argmax(probabilities);
  }

  /**
   * The column of the largest value of each row; the first such column on ties.
   *
   * @throws InvalidInputException when the matrix has no columns or a value is not finite
   */
  public static int[] argmax(FloatMatrix scores) {
    int rows = scores.rows();
    int cols = scores.cols();
    if (cols == 0 && rows > 0) {
      throw new InvalidInputException("predictions: score matrix has no columns (one per class expected)");
    }
    float[] data = scores.data();
    int[] out = new int[rows];
    for (int i = 0; i < rows; i++) {
      int base = i * cols;
      int best = 0;
      for (int j = 0; j < cols; j++) {
        float v = data[base + j];
        if (!Float.isFinite(v)) {
          throw new InvalidInputException("predictions: row " + i + ", class " + j + " has score " + v);
        }
        if (v > data[base + best]) {
          best = j;
        }
      }
      out[i] = best;
    }
    return out;
  }
}
