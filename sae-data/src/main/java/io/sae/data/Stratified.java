package io.sae.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Building blocks of stratified, seeded choices: dividing a count among classes in proportion to their
 * sizes, and a per-class shuffle that depends only on the seed.
 */
public final class Stratified {
  private Stratified() {}

  /**
   * Divides {@code total} among classes in proportion to {@code sizes} by the largest-remainder method: each
   * class gets the floor of its exact share, and the units left over go to the largest fractional parts (ties
   * to the lower class index). With {@code total <= sum(sizes)} no class gets more than its size.
   */
  public static int[] allocate(int total, int[] sizes) {
    long sum = 0;
    for (int s : sizes) {
      sum += s;
    }
    int[] out = new int[sizes.length];
    if (sum == 0 || total == 0) {
      return out;
    }
    long[] remainder = new long[sizes.length];
    int given = 0;
    for (int c = 0; c < sizes.length; c++) {
      long exact = (long) total * sizes[c]; // share = exact / sum
      out[c] = (int) (exact / sum);
      remainder[c] = exact % sum;
      given += out[c];
    }
    for (int left = total - given; left > 0; left--) {
      int best = -1;
      for (int c = 0; c < sizes.length; c++) {
        if (remainder[c] > 0 && (best < 0 || remainder[c] > remainder[best])) {
          best = c;
        }
      }
      out[best]++;
      remainder[best] = 0;
    }
    return out;
  }

  /**
   * Like {@link #allocate}, then makes sure every non-empty class gets at least one when {@code total} is at
   * least the number of non-empty classes: each class left at zero takes one from the class with the largest
   * allocation (ties to the lower index).
   */
  public static int[] allocateAtLeastOne(int total, int[] sizes) {
    int[] out = allocate(total, sizes);
    int nonEmpty = 0;
    for (int s : sizes) {
      nonEmpty += s > 0 ? 1 : 0;
    }
    if (total < nonEmpty) {
      return out;
    }
    for (int c = 0; c < sizes.length; c++) {
      if (sizes[c] > 0 && out[c] == 0) {
        int largest = 0;
        for (int d = 1; d < sizes.length; d++) {
          if (out[d] > out[largest]) {
            largest = d;
          }
        }
        out[largest]--; // at least 2 by pigeonhole, since total >= nonEmpty and class c has none
        out[c] = 1;
      }
    }
    return out;
  }

  /**
   * The sample indices of each group, each list shuffled by its own generator split off from {@code seed} in
   * group order. A group's order thus depends only on the seed and its members, not on how many are taken
   * later: taking more from a group extends the earlier choice.
   *
   * @param groupOf group of each sample in {@code [0, groups)}; negative entries are left out
   */
  public static int[][] shuffledByGroup(int[] groupOf, int groups, long seed) {
    List<List<Integer>> members = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < groupOf.length; i++) {
      if (groupOf[i] >= 0) {
        members.get(groupOf[i]).add(i);
      }
    }
    SplittableRandom root = new SplittableRandom(seed);
    int[][] out = new int[groups][];
    for (int g = 0; g < groups; g++) {
      SplittableRandom rng = root.split();
      int[] idx = members.get(g).stream().mapToInt(Integer::intValue).toArray();
      for (int i = idx.length - 1; i > 0; i--) { // Fisher-Yates
        int j = rng.nextInt(i + 1);
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
      }
      out[g] = idx;
    }
    return out;
  }
}
