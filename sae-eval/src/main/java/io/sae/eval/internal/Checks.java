package io.sae.eval.internal;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;

/** Argument checks that end in an {@link InvalidInputException} with a one-line message. */
public final class Checks {
  private Checks() {}

  /** Both matrices have the same shape. */
  public static void sameShape(String what, FloatMatrix a, FloatMatrix b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
      throw new InvalidInputException(
          what + ": shapes differ, " + a.rows() + "x" + a.cols() + " vs " + b.rows() + "x" + b.cols());
    }
  }

  /** {@code labels} has one entry per row of {@code x}. */
  public static void oneLabelPerRow(String what, FloatMatrix x, int[] labels) {
    if (labels.length != x.rows()) {
      throw new InvalidInputException(what + ": " + labels.length + " labels for " + x.rows() + " rows");
    }
  }

  /** Two label arrays of equal length. */
  public static void sameLength(String what, int[] a, int[] b) {
    if (a.length != b.length) {
      throw new InvalidInputException(what + ": " + a.length + " true labels but " + b.length + " predictions");
    }
  }

  /** Every value of {@code x} is finite. */
  public static void finite(String what, FloatMatrix x) {
    long at = x.firstNonFinite();
    if (at >= 0) {
      throw new InvalidInputException(
          what + ": row " + at / x.cols() + ", column " + at % x.cols() + " is " + x.data()[(int) at]
              + " (all values must be finite)");
    }
  }

  /** {@code label} is in {@code [0, classes)}. */
  public static void classIndex(String what, int label, int index, int classes) {
    if (label < 0 || label >= classes) {
      throw new InvalidInputException(
          what + ": label " + label + " at index " + index + " is outside [0, " + classes + ")");
    }
  }
}
