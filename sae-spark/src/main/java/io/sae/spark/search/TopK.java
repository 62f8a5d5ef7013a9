package io.sae.spark.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The best {@code k} hits for each of several queries, kept sorted (insertion into at most k entries: no sort of the
 * rows seen). One per partition, merged pairwise into the global result.
 */
final class TopK implements Serializable {
  private static final long serialVersionUID = 1L;
  private final int k;
  private final Hit[][] best;
  private final int[] size;

  TopK(int queries, int k) {
    this.k = k;
    this.best = new Hit[queries][k];
    this.size = new int[queries];
  }

  /** Whether a hit with this key and distance could enter query q's list (before building the hit). */
  boolean admits(int q, double key, double squaredDistance) {
    if (size[q] < k) {
      return true;
    }
    Hit worst = best[q][k - 1];
    return key < worst.key() || (key == worst.key() && squaredDistance <= worst.squaredDistance());
  }

  void offer(int q, Hit h) {
    Hit[] list = best[q];
    int n = size[q];
    if (n == k && Hit.ORDER.compare(h, list[k - 1]) >= 0) {
      return;
    }
    int at = Arrays.binarySearch(list, 0, n, h, Hit.ORDER);
    at = at < 0 ? -at - 1 : at;
    int last = Math.min(n, k - 1);
    System.arraycopy(list, at, list, at + 1, last - at);
    list[at] = h;
    size[q] = Math.min(n + 1, k);
  }

  /** This list with {@code other}'s hits offered (the merge of two partitions' results). */
  TopK merge(TopK other) {
    for (int q = 0; q < best.length; q++) {
      for (int i = 0; i < other.size[q]; i++) {
        offer(q, other.best[q][i]);
      }
    }
    return this;
  }

  List<Hit> hits(int q) {
    return new ArrayList<>(Arrays.asList(best[q]).subList(0, size[q]));
  }
}
