package io.sae.eval.classify;

import java.util.Arrays;
import java.util.Random;

/** Seeded class-proportional subsampling of labelled rows. */
final class StratifiedSample {
  private StratifiedSample() {}

  /**
   * Indices of at most about {@code max} rows, chosen per class in proportion to its size (each non-empty
   * class keeps at least one row), in increasing order. Returns {@code rows} unchanged when it is not larger
   * than {@code max}.
   *
   * @param rows candidate row indices
   * @param labels label of each candidate, in {@code [0, classes)}
   */
  static int[] choose(int[] rows, int[] labels, int classes, int max, long seed) {
    if (rows.length <= max) {
      return rows;
    }
    int[][] byClass = new int[classes][];
    int[] counts = new int[classes];
    for (int label : labels) {
      counts[label]++;
    }
    for (int c = 0; c < classes; c++) {
      byClass[c] = new int[counts[c]];
    }
    int[] fill = new int[classes];
    for (int i = 0; i < rows.length; i++) {
      byClass[labels[i]][fill[labels[i]]++] = rows[i];
    }
    Random random = new Random(seed);
    int[] out = new int[rows.length];
    int n = 0;
    for (int c = 0; c < classes; c++) {
      int[] members = byClass[c];
      int keep = (int) Math.max(Math.min(1, members.length), (long) max * members.length / rows.length);
      for (int i = 0; i < keep; i++) { // partial Fisher-Yates shuffle
        int j = i + random.nextInt(members.length - i);
        int t = members[i];
        members[i] = members[j];
        members[j] = t;
        out[n++] = members[i];
      }
    }
    int[] chosen = Arrays.copyOf(out, n);
    Arrays.sort(chosen);
    return chosen;
  }
}
