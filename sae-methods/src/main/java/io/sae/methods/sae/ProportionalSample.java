package io.sae.methods.sae;

import io.sae.api.data.Dataset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded subsample of labelled rows with every class represented in proportion to its size (at least one
 * row per class), used to estimate class means without encoding every labelled sample.
 */
final class ProportionalSample {
  private ProportionalSample() {}

  /**
   * @param labelled labelled row indices, increasing
   * @param limit most rows to return (0 or at least {@code labelled.length}: all of them)
   * @return increasing row indices
   */
  static int[] rows(int[] labelled, Dataset train, int limit, long seed) {
    if (limit <= 0 || limit >= labelled.length) {
      return labelled;
    }
    int k = train.classCount();
    // The rows of each class, in increasing order, as int arrays: boxed lists made this the slowest part of a cold hook.
    int[] counts = new int[k];
    for (int row : labelled) {
      counts[train.label(row)]++;
    }
    int[][] byClass = new int[k][];
    for (int c = 0; c < k; c++) {
      byClass[c] = new int[counts[c]];
    }
    int[] filled = new int[k];
    for (int row : labelled) {
      int c = train.label(row);
      byClass[c][filled[c]++] = row;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] out = new int[limit + k];
    int n = 0;
    for (int[] members : byClass) {
      if (members.length == 0) {
        continue;
      }
      int take = Math.max(1, (int) Math.round((double) limit * members.length / labelled.length));
      take = Math.min(take, members.length);
      // Partial Fisher-Yates: the first `take` entries become a uniform sample of the class.
      for (int i = 0; i < take; i++) {
        int j = i + random.nextInt(members.length - i);
        int tmp = members[i];
        members[i] = members[j];
        members[j] = tmp;
        out[n++] = members[i];
      }
    }
    int[] rows = Arrays.copyOf(out, n);
    Arrays.sort(rows);
    return rows;
  }
}
