package io.sae.methods.shift;

import io.sae.api.data.FloatMatrix;
import io.sae.api.geometry.KdTree;
import io.sae.api.geometry.NearestSet;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Nearest neighbours in latent space restricted by group, without an N x N matrix: one {@link KdTree} per
 * group; a sample's same-group neighbours come from its own group's tree, its rivals from the other groups'
 * trees searched with one shared candidate set (nearest box first, so far groups are skipped whole). Queries
 * run in parallel; each writes only its own rows, so the result does not depend on the thread count.
 */
final class GroupNeighbours {
  private GroupNeighbours() {}

  /**
   * Flat neighbour lists: row i's neighbours are {@code rows[i * k .. i * k + count[i])}.
   *
   * @param rows neighbour indices
   * @param count neighbours found per row (fewer than k when the candidates run out)
   * @param k slots per row
   */
  record Lists(int[] rows, int[] count, int k) {}

  /** For each sample with a group, its {@code k} nearest other members of the same group. */
  static Lists sameGroup(FloatMatrix latents, int[] group, int groups, int k) {
    KdTree[] trees = trees(latents, group, groups);
    int n = latents.rows();
    int[] rows = new int[n * k];
    int[] count = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      if (group[i] < 0) {
        return;
      }
      NearestSet set = new NearestSet(k);
      trees[group[i]].search(latents.row(i), i, set);
      count[i] = set.copyRows(rows, i * k);
    });
    return new Lists(rows, count, k);
  }

  /** For each sample with a group, its {@code k} nearest samples of other groups. */
  static Lists otherGroups(FloatMatrix latents, int[] group, int groups, int k) {
    KdTree[] trees = trees(latents, group, groups);
    int n = latents.rows();
    int[] rows = new int[n * k];
    int[] count = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      if (group[i] < 0) {
        return;
      }
      float[] q = latents.row(i);
      Integer[] order = new Integer[groups];
      double[] box = new double[groups];
      for (int g = 0; g < groups; g++) {
        order[g] = g;
        box[g] = g == group[i] ? Double.POSITIVE_INFINITY : trees[g].boxDistance(q);
      }
      Arrays.sort(order, (a, b) -> Double.compare(box[a], box[b]));
      NearestSet set = new NearestSet(k);
      for (int g : order) {
        if (g != group[i]) {
          trees[g].search(q, i, set); // skips itself when its box is no nearer than the k-th rival so far
        }
      }
      count[i] = set.copyRows(rows, i * k);
    });
    return new Lists(rows, count, k);
  }

  private static KdTree[] trees(FloatMatrix latents, int[] group, int groups) {
    int[] sizes = new int[groups];
    for (int g : group) {
      if (g >= 0) {
        sizes[g]++;
      }
    }
    int[][] members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = new int[sizes[g]];
      sizes[g] = 0;
    }
    for (int i = 0; i < group.length; i++) {
      if (group[i] >= 0) {
        members[group[i]][sizes[group[i]]++] = i;
      }
    }
    KdTree[] trees = new KdTree[groups];
    IntStream.range(0, groups).parallel().forEach(g -> trees[g] = KdTree.build(latents, members[g]));
    return trees;
  }
}
