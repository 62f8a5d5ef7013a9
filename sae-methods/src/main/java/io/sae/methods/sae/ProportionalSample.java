package io.sae.methods.sae;

import io.sae.api.data.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      byClass.add(new ArrayList<>());
    }
    for (int row : labelled) {
      byClass.get(train.label(row)).add(row);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] out = new int[limit + k];
    int n = 0;
    for (List<Integer> members : byClass) {
      if (members.isEmpty()) {
        continue;
      }
      int take = Math.max(1, (int) Math.round((double) limit * members.size() / labelled.length));
      take = Math.min(take, members.size());
      // Partial Fisher-Yates: the first `take` entries become a uniform sample of the class.
      for (int i = 0; i < take; i++) {
        int j = i + random.nextInt(members.size() - i);
        Integer tmp = members.get(i);
        members.set(i, members.get(j));
        members.set(j, tmp);
        out[n++] = members.get(i);
      }
    }
    int[] rows = Arrays.copyOf(out, n);
    Arrays.sort(rows);
    return rows;
  }
}
