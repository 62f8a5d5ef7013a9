package io.sae.methods.shift;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.geometry.NearestSet;
import io.sae.geometry.ProjectedSlab;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Nearest neighbours in latent space restricted by group, exact and without an N x N matrix, using
 * {@link ProjectedSlab}s. Other-group neighbours of a sample in group a: for every other group b a slab of
 * b's members along the direction from a's mean to b's mean; the groups are visited by increasing projection
 * gap and a group whose gap exceeds the current r-th best distance is skipped whole (K (K - 1) slabs of the
 * groups' rows: 22 MB for 60,000 rows of 10 values and K = 10). Same-group neighbours: the same scheme over
 * cells of each group ({@link #sameGroup}). Queries run in parallel; each writes only its own rows, so the
 * result does not depend on the thread count.
 */
final class GroupNeighbours {
  private GroupNeighbours() {}

  /**
   * Flat neighbour lists: row i's neighbours are {@code rows[i * k .. i * k + count[i])}, nearest first.
   *
   * @param rows neighbour indices
   * @param count neighbours found per row (fewer than k when the candidates run out)
   * @param k slots per row
   */
  record Lists(int[] rows, int[] count, int k) {}

  /** Rows per cell when a group is split for the same-group search. */
  static final int CELL_SIZE = 1000;

  /**
   * For each sample with a group, its {@code k} nearest other members of the same group. A group is first
   * split into cells of about {@value #CELL_SIZE} rows (k-means, 20 Lloyd steps from a fixed seed; the cells
   * only order and prune the search, the result is exact whatever they are): a query searches its own cell,
   * then the other cells of its group by increasing projection gap along the direction between cell means,
   * skipping those that cannot hold a nearer row.
   */
  static Lists sameGroup(FloatMatrix latents, int[] group, int groups, int k) {
    int[][] members = members(group, groups);
    int n = latents.rows();
    int[] rows = new int[n * k];
    int[] count = new int[n];
    for (int g = 0; g < groups; g++) {
      if (members[g].length == 0) {
        continue;
      }
      int[] m = members[g];
      int cells = Math.max(1, Math.min(64, Math.round(m.length / (float) CELL_SIZE)));
      int[] cellOf = cells == 1 ? new int[m.length] : KMeans.fit(latents.rows(m), cells, 20, 0).assignment();
      int[][] cellRows = new int[cells][];
      for (int c = 0; c < cells; c++) {
        final int cc = c;
        cellRows[c] = IntStream.range(0, m.length).filter(t -> cellOf[t] == cc).map(t -> m[t]).toArray();
      }
      ProjectedSlab[][] slabs = pairSlabs(latents, cellRows);
      IntStream.range(0, m.length).parallel().forEach(t -> {
        int i = m[t];
        NearestSet set = new NearestSet(k);
        searchFrom(slabs[cellOf[t]], cellOf[t], latents.row(i), i, set);
        store(set, rows, count, i, k);
      });
    }
    return new Lists(rows, count, k);
  }

  /**
   * Slabs for every ordered pair of row sets: [a][b] holds set b along the direction from a's mean to b's mean
   * ([a][a]: set a along its principal axis). Empty sets get null.
   */
  private static ProjectedSlab[][] pairSlabs(FloatMatrix latents, int[][] sets) {
    int s = sets.length;
    double[][] means = means(latents, sets);
    ProjectedSlab[][] slabs = new ProjectedSlab[s][s];
    IntStream.range(0, s * s).parallel().forEach(ab -> {
      int a = ab / s;
      int b = ab % s;
      if (sets[a].length == 0 || sets[b].length == 0) {
        return;
      }
      double[] dir = new double[latents.cols()];
      double norm = 0;
      for (int j = 0; j < dir.length; j++) {
        dir[j] = means[b][j] - means[a][j];
        norm += dir[j] * dir[j];
      }
      slabs[a][b] = ProjectedSlab.build(latents, sets[b], a != b && norm > 0 ? dir : ProjectedSlab.principalAxis(latents, sets[b]));
    });
    return slabs;
  }

  /** Searches {@code own} first, then the other slabs of the row by increasing gap (each skips itself when too far). */
  private static void searchFrom(ProjectedSlab[] row, int own, float[] q, int exclude, NearestSet set) {
    if (row[own] != null) {
      row[own].search(q, exclude, set);
    }
    double[] gap = new double[row.length];
    Integer[] order = new Integer[row.length];
    for (int b = 0; b < row.length; b++) {
      order[b] = b;
      gap[b] = b == own || row[b] == null ? Double.POSITIVE_INFINITY : row[b].gap(q);
    }
    Arrays.sort(order, (x, y) -> Double.compare(gap[x], gap[y]));
    for (int b : order) {
      if (gap[b] == Double.POSITIVE_INFINITY || gap[b] > set.bound()) {
        return;
      }
      row[b].search(q, exclude, set);
    }
  }

  /** For each sample with a group, its {@code k} nearest samples of other groups. */
  static Lists otherGroups(FloatMatrix latents, int[] group, int groups, int k) {
    ProjectedSlab[][] slabs = pairSlabs(latents, members(group, groups));
    for (int a = 0; a < groups; a++) {
      slabs[a][a] = null; // the own group is not searched
    }
    int n = latents.rows();
    int[] rows = new int[n * k];
    int[] count = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      if (group[i] < 0) {
        return;
      }
      NearestSet set = new NearestSet(k);
      searchFrom(slabs[group[i]], group[i], latents.row(i), i, set);
      store(set, rows, count, i, k);
    });
    return new Lists(rows, count, k);
  }

  private static void store(NearestSet set, int[] rows, int[] count, int i, int k) {
    int[] found = set.rowsByDistance();
    System.arraycopy(found, 0, rows, i * k, found.length);
    count[i] = found.length;
  }

  private static int[][] members(int[] group, int groups) {
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
    return members;
  }

  private static double[][] means(FloatMatrix x, int[][] members) {
    int d = x.cols();
    double[][] out = new double[members.length][d];
    for (int g = 0; g < members.length; g++) {
      for (int r : members[g]) {
        for (int j = 0; j < d; j++) {
          out[g][j] += x.get(r, j);
        }
      }
      for (int j = 0; j < d; j++) {
        out[g][j] /= Math.max(1, members[g].length);
      }
    }
    return out;
  }
}
