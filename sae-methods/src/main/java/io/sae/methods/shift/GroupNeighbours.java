package io.sae.methods.shift;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.geometry.NearestSet;
import io.sae.geometry.ProjectedSlab;
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
      // queries cell by cell, so that consecutive queries search the same slabs
      int[] queries = new int[m.length];
      int[] queryCell = new int[m.length];
      for (int c = 0, t = 0; c < cells; c++) {
        for (int i : cellRows[c]) {
          queries[t] = i;
          queryCell[t++] = c;
        }
      }
      inBlocks(m.length, k, cells, (t, search) -> search.run(latents, slabs[queryCell[t]], queryCell[t], queries[t], rows, count));
    }
    return new Lists(rows, count, k);
  }

  /** Queries per parallel task: each task reuses one {@link Search}. */
  private static final int QUERY_BLOCK = 256;

  /** One query of a block, with its thread's search state. */
  private interface Query {
    void run(int t, Search search);
  }

  /** Queries {@code [0, queries)} in parallel blocks; each query writes only its own rows of the lists. */
  private static void inBlocks(int queries, int k, int slabsPerRow, Query query) {
    int blocks = (queries + QUERY_BLOCK - 1) / QUERY_BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      Search search = new Search(k, slabsPerRow);
      for (int t = b * QUERY_BLOCK; t < Math.min(queries, (b + 1) * QUERY_BLOCK); t++) {
        query.run(t, search);
      }
    });
  }

  /** Per-thread state of the queries (their nearest set, the slabs' gaps and visiting order), reused query after query. */
  private static final class Search {
    private final NearestSet set;
    private final double[] gap;
    private final int[] order;
    private float[] query = new float[0];

    Search(int k, int slabsPerRow) {
      set = new NearestSet(k);
      gap = new double[slabsPerRow];
      order = new int[slabsPerRow];
    }

    /** Finds row i's neighbours in the slabs of {@code row} (own slab {@code own} first) and stores them. */
    void run(FloatMatrix latents, ProjectedSlab[] row, int own, int i, int[] rows, int[] count) {
      int d = latents.cols();
      if (query.length != d) {
        query = new float[d];
      }
      System.arraycopy(latents.data(), i * d, query, 0, d);
      set.reset();
      searchFrom(row, own, query, i, set, gap, order);
      count[i] = set.sortedRows(rows, i * set.capacity());
    }
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

  /**
   * Searches {@code own} first, then the other slabs of the row by increasing gap (ties in slab order; each
   * skips itself when too far). {@code gap} and {@code order} are scratch arrays of the row's length.
   */
  private static void searchFrom(ProjectedSlab[] row, int own, float[] q, int exclude, NearestSet set, double[] gap, int[] order) {
    if (row[own] != null) {
      row[own].search(q, exclude, set);
    }
    for (int b = 0; b < row.length; b++) { // insertion sort by gap, stable
      double g = b == own || row[b] == null ? Double.POSITIVE_INFINITY : row[b].gap(q);
      int j = b - 1;
      while (j >= 0 && gap[j] > g) {
        gap[j + 1] = gap[j];
        order[j + 1] = order[j];
        j--;
      }
      gap[j + 1] = g;
      order[j + 1] = b;
    }
    for (int s = 0; s < row.length; s++) {
      if (gap[s] == Double.POSITIVE_INFINITY || gap[s] > set.bound()) {
        return;
      }
      row[order[s]].search(q, exclude, set);
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
    // queries group by group, so that consecutive queries search the same slabs
    int[] order = byGroup(group, groups);
    inBlocks(n, k, groups, (t, search) -> {
      int i = order[t];
      if (group[i] >= 0) {
        search.run(latents, slabs[group[i]], group[i], i, rows, count);
      }
    });
    return new Lists(rows, count, k);
  }

  /** The row indices sorted by group, stable, rows of group -1 last (a counting sort). */
  static int[] byGroup(int[] group, int groups) {
    int[] start = new int[groups + 2];
    for (int g : group) {
      start[(g < 0 ? groups : g) + 1]++;
    }
    for (int g = 0; g <= groups; g++) {
      start[g + 1] += start[g];
    }
    int[] order = new int[group.length];
    for (int i = 0; i < group.length; i++) {
      order[start[group[i] < 0 ? groups : group[i]]++] = i;
    }
    return order;
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
