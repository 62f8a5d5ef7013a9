package io.sae.geometry;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.util.stream.IntStream;

/**
 * Exact k-nearest-neighbour search by blocked brute force, without an N x N matrix: candidates are copied in
 * blocks of {@value #BLOCK} rows into one array per dimension, so the distance loop over a block runs over
 * contiguous floats from index 0 (the JIT vectorises it), and each query keeps only its k best in a
 * {@link NearestSet}. Memory is one
 * block per thread plus k slots per query.
 *
 * <p>The reference for exactness (the tests and {@code GroupNeighboursBench} compare {@link ProjectedSlab}
 * with it); slower than the slab search on latents (docs/architecture.md has the measurements).
 *
 * <p>Distances are squared Euclidean, accumulated in float; rows at equal distance are ordered by index.
 * Queries run in parallel and each writes only its own set, so results do not depend on the thread count.
 */
public final class BlockedSearch {
  static final int BLOCK = 512;

  private BlockedSearch() {}

  /**
   * For each of {@code queries} (row indices into {@code points}), its {@code k} nearest rows among
   * {@code candidates}, never itself.
   *
   * @return per query (same order), the rows found, nearest first; fewer than k when candidates run out
   */
  public static int[][] nearest(FloatMatrix points, int[] queries, int[] candidates, int k) {
    if (k < 1) {
      throw new InvalidInputException("neighbour search: k must be positive, got " + k);
    }
    int d = points.cols();
    float[] data = points.data();
    int[][] out = new int[queries.length][];
    int queryBlock = 256;
    int blocks = (queries.length + queryBlock - 1) / queryBlock;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      int from = b * queryBlock;
      int to = Math.min(queries.length, from + queryBlock);
      NearestSet[] sets = new NearestSet[to - from];
      float[][] q = new float[to - from][];
      for (int i = from; i < to; i++) {
        sets[i - from] = new NearestSet(k);
        q[i - from] = points.row(queries[i]);
      }
      float[][] block = new float[d][BLOCK]; // one array per dimension, read from 0 (see ProjectedSlab)
      float[] dist = new float[BLOCK];
      for (int c0 = 0; c0 < candidates.length; c0 += BLOCK) {
        int m = Math.min(BLOCK, candidates.length - c0);
        for (int c = 0; c < m; c++) { // column-major copy of the candidate block
          int off = candidates[c0 + c] * d;
          for (int j = 0; j < d; j++) {
            block[j][c] = data[off + j];
          }
        }
        for (int i = from; i < to; i++) {
          float[] qi = q[i - from];
          java.util.Arrays.fill(dist, 0, m, 0f);
          for (int j = 0; j < d; j++) {
            float v = qi[j];
            float[] col = block[j];
            for (int c = 0; c < m; c++) {
              float diff = col[c] - v;
              dist[c] += diff * diff;
            }
          }
          NearestSet set = sets[i - from];
          int self = queries[i];
          double bound = set.bound();
          for (int c = 0; c < m; c++) {
            if (dist[c] <= bound && candidates[c0 + c] != self) {
              set.offer(candidates[c0 + c], dist[c]);
              bound = set.bound();
            }
          }
        }
      }
      for (int i = from; i < to; i++) {
        out[i] = sets[i - from].rowsByDistance();
      }
    });
    return out;
  }
}
