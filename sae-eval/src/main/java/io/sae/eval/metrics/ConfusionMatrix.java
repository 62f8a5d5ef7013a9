package io.sae.eval.metrics;

import io.sae.api.data.Dataset;
import io.sae.eval.internal.Checks;

/**
 * Counts of (true class, predicted class) pairs over the labelled samples, with the derived accuracy and
 * per-class error. Row {@code t}, column {@code p} counts samples of true class {@code t} predicted as
 * {@code p}. Immutable.
 */
public final class ConfusionMatrix {
  private final long[][] counts;

  private ConfusionMatrix(long[][] counts) {
    this.counts = counts;
  }

  /**
   * Tallies {@code truth} against {@code predicted}; samples with a true label of {@link Dataset#UNLABELED}
   * are skipped.
   *
   * @param classes number of classes; every true label (other than unlabelled) and every counted prediction
   *     must be in {@code [0, classes)}
   * @throws io.sae.api.InvalidInputException when lengths differ or a label is out of range
   */
  public static ConfusionMatrix of(int[] truth, int[] predicted, int classes) {
    Checks.sameLength("confusion matrix", truth, predicted);
    if (classes < 1) {
      throw new IllegalArgumentException("a confusion matrix needs at least one class, got " + classes);
    }
    long[][] counts = new long[classes][classes];
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == Dataset.UNLABELED) {
        continue;
      }
      Checks.classIndex("confusion matrix, true labels", truth[i], i, classes);
      Checks.classIndex("confusion matrix, predictions", predicted[i], i, classes);
      counts[truth[i]][predicted[i]]++;
    }
    return new ConfusionMatrix(counts);
  }

  /** Number of classes (rows and columns). */
  public int classes() {
    return counts.length;
  }

  /** Samples of true class {@code truth} predicted as {@code predicted}. */
  public long count(int truth, int predicted) {
    return counts[truth][predicted];
  }

  /** A copy of the counts, rows = true class, columns = predicted class. */
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** Labelled samples of true class {@code truth} (a row sum). */
  public long support(int truth) {
    long n = 0;
    for (long c : counts[truth]) {
      n += c;
    }
    return n;
  }

  /** All counted samples. */
  public long total() {
    long n = 0;
    for (int t = 0; t < counts.length; t++) {
      n += support(t);
    }
    return n;
  }

  /** Samples on the diagonal. */
  public long correct() {
    long n = 0;
    for (int t = 0; t < counts.length; t++) {
      n += counts[t][t];
    }
    return n;
  }

  /** Share of counted samples on the diagonal; NaN when nothing was counted. */
  public double accuracy() {
    long total = total();
    return total == 0 ? Double.NaN : (double) correct() / total;
  }

  /** {@code 1 - accuracy()}. */
  public double error() {
    return 1 - accuracy();
  }

  /**
   * Per true class, the share of its samples predicted as another class (1 - recall); NaN for a class
   * with no samples.
   */
  public double[] perClassError() {
    double[] out = new double[counts.length];
    for (int t = 0; t < counts.length; t++) {
      long n = support(t);
      out[t] = n == 0 ? Double.NaN : (double) (n - counts[t][t]) / n;
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConfusionMatrix[");
    for (int t = 0; t < counts.length; t++) {
      sb.append(t == 0 ? "" : ", ").append(java.util.Arrays.toString(counts[t]));
    }
    return sb.append(']').toString();
  }
}
