package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;
import java.util.stream.IntStream;

/**
 * The labelled rows of a training matrix, checked the way every {@link LatentClassifier} needs: one label per
 * row, finite values, labels in range and at least one row per class.
 *
 * @param rows indices of the labelled rows
 * @param labels their labels
 */
record LabelledRows(int[] rows, int[] labels) {

  static LabelledRows of(String what, FloatMatrix x, int[] y, int classes) {
    Checks.oneLabelPerRow(what, x, y);
    Checks.finite(what + " training latents", x);
    if (classes < 2) {
      throw new InvalidInputException(what + " needs at least 2 classes, got " + classes);
    }
    int[] rows = IntStream.range(0, y.length).filter(i -> y[i] != Dataset.UNLABELED).toArray();
    int[] labels = new int[rows.length];
    int[] counts = new int[classes];
    for (int i = 0; i < rows.length; i++) {
      labels[i] = y[rows[i]];
      Checks.classIndex(what, labels[i], rows[i], classes);
      counts[labels[i]]++;
    }
    for (int k = 0; k < classes; k++) {
      if (counts[k] == 0) {
        throw new InvalidInputException(what + ": class " + k + " has no labelled training row");
      }
    }
    return new LabelledRows(rows, labels);
  }

  /** Rows subsampled per class to at most about {@code max} (see {@link StratifiedSample}), with their labels. */
  LabelledRows capped(int classes, int max, long seed) {
    int[] chosen = StratifiedSample.choose(rows, labels, classes, max, seed);
    if (chosen == rows) {
      return this;
    }
    java.util.Map<Integer, Integer> at = new java.util.HashMap<>();
    for (int i = 0; i < rows.length; i++) {
      at.put(rows[i], labels[i]);
    }
    int[] l = new int[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      l[i] = at.get(chosen[i]);
    }
    return new LabelledRows(chosen, l);
  }

  static void checkWidth(String what, FloatMatrix x, int dimension) {
    if (x.cols() != dimension) {
      throw new InvalidInputException(what + ": latents have " + x.cols() + " columns, the classifier was fitted on " + dimension);
    }
  }
}
