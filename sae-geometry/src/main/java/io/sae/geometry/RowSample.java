package io.sae.geometry;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded uniform samples of row indices, for statistics that need not see every row (k-means fits, silhouettes). */
public final class RowSample {
  private RowSample() {}

  /**
   * All {@code n} rows when they fit in {@code max}, else a uniform sample of {@code max} of them (partial
   * Fisher-Yates from {@code seed}); increasing either way.
   */
  public static int[] uniform(int n, int max, long seed) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    if (n <= max) {
      return all;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < max; i++) { // the first `max` entries become a uniform sample
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] out = Arrays.copyOf(all, max);
    Arrays.sort(out);
    return out;
  }
}
