package io.sae.eval.classify;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.BlockedSearch;
import io.sae.geometry.KMeans;
import io.sae.geometry.NearestSet;
import io.sae.geometry.ProjectedSlab;
import io.sae.data.io.NpyReader;
import java.nio.file.Path;
import java.util.stream.IntStream;
import smile.neighbor.KDTree;

/**
 * Manual timing (not a test) of exact k-nearest-neighbour search within k-means clusters of saved latents
 * ({@code latents.npy k clusters}): one {@link ProjectedSlab} per cluster (principal axis), Smile's
 * {@code KDTree} per cluster, and {@link BlockedSearch}. Single queries in a loop, one thread each way.
 */
final class NeighbourSearchBench {
  private NeighbourSearchBench() {}

  public static void main(String[] args) throws Exception {
    FloatMatrix z = NpyReader.read(Path.of(args[0])).matrix();
    int k = Integer.parseInt(args[1]);
    int clusters = Integer.parseInt(args[2]);
    int n = z.rows();
    int[] g = KMeans.fit(z, clusters, 300, 1).assignment();
    int[][] members = new int[clusters][];
    for (int c = 0; c < clusters; c++) {
      final int cc = c;
      members[c] = IntStream.range(0, n).filter(i -> g[i] == cc).toArray();
    }
    System.out.printf("%d x %d, %d clusters, k = %d, one thread%n", n, z.cols(), clusters, k);

    long t0 = System.nanoTime();
    ProjectedSlab[] slabs = new ProjectedSlab[clusters];
    for (int c = 0; c < clusters; c++) {
      slabs[c] = ProjectedSlab.build(z, members[c], ProjectedSlab.principalAxis(z, members[c]));
    }
    NearestSet set = new NearestSet(k);
    for (int i = 0; i < n; i++) {
      set.reset();
      slabs[g[i]].search(z.row(i), i, set);
    }
    System.out.printf("  projected slab (sae-api)   %.2f s%n", (System.nanoTime() - t0) / 1e9);

    double[][] rows = z.toDoubleRows();
    t0 = System.nanoTime();
    @SuppressWarnings("unchecked")
    KDTree<Integer>[] trees = new KDTree[clusters];
    for (int c = 0; c < clusters; c++) {
      double[][] pts = new double[members[c].length][];
      Integer[] ids = new Integer[members[c].length];
      for (int m = 0; m < pts.length; m++) {
        pts[m] = rows[members[c][m]];
        ids[m] = members[c][m];
      }
      trees[c] = new KDTree<>(pts, ids);
    }
    for (int i = 0; i < n; i++) {
      trees[g[i]].search(rows[i], k); // Smile skips the query's own array
    }
    System.out.printf("  Smile KDTree               %.2f s%n", (System.nanoTime() - t0) / 1e9);

    t0 = System.nanoTime();
    for (int c = 0; c < clusters; c++) {
      int[] m = members[c];
      // one query block at a time keeps this single-threaded like the two above
      for (int from = 0; from < m.length; from += 256) {
        BlockedSearch.nearest(z, java.util.Arrays.copyOfRange(m, from, Math.min(m.length, from + 256)), m, k);
      }
    }
    System.out.printf("  blocked brute force        %.2f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
