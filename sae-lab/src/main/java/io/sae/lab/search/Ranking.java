package io.sae.lab.search;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentSimilarity;
import java.util.Arrays;
import java.util.Comparator;

/** Top-k rows of an index by paper 003's pair similarity (Eq. 15) to a query latent. */
public final class Ranking {
  private Ranking() {}

  /** One result: the index row and its similarity to the query. */
  public record Hit(int row, double similarity) {}

  /**
   * The {@code k} rows most similar to {@code query}; ties (e.g. many rows deep inside the same cluster as far
   * as the class vectors go) are broken by Euclidean distance to the query, then by row.
   *
   * @param exclude a row to leave out (the query itself), or -1
   */
  public static Hit[] top(LatentSimilarity sim, float[] query, FloatMatrix z, int k, int exclude) {
    double[] vq = sim.vector(query);
    Integer[] rows = new Integer[z.rows()];
    double[] s = new double[z.rows()];
    double[] d = new double[z.rows()];
    for (int i = 0; i < z.rows(); i++) {
      rows[i] = i;
      float[] zi = z.row(i);
      s[i] = sim.pair(vq, sim.vector(zi));
      double dd = 0;
      for (int j = 0; j < zi.length; j++) {
        dd += (zi[j] - query[j]) * (zi[j] - query[j]);
      }
      d[i] = dd;
    }
    Comparator<Integer> order = Comparator.<Integer>comparingDouble(i -> -s[i]).thenComparingDouble(i -> d[i]).thenComparingInt(i -> i);
    return Arrays.stream(rows).filter(i -> i != exclude).sorted(order).limit(k).map(i -> new Hit(i, s[i])).toArray(Hit[]::new);
  }
}
