package io.sae.eval.metrics;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;
import java.util.Arrays;

/**
 * Mean silhouette of a clustering (Rousseeuw 1987), an internal measure: per sample s = (b - a) / max(a, b),
 * with a the mean Euclidean distance to the other members of its cluster and b the smallest mean distance to
 * the members of another cluster; s = 0 for a sample alone in its cluster (scikit-learn's convention).
 *
 * <p>The exact score costs N^2 distances, so beyond {@code maxRows} rows it is computed exactly on a seeded
 * uniform subsample of {@code maxRows} rows (a and b then also come from the subsample, as scikit-learn's
 * {@code sample_size} does). The result says how many rows it used.
 */
public final class Silhouette {
  /** Largest default row cap: 10,000 rows take 10^8 distances, about a second at d = 10. */
  public static final int DEFAULT_MAX_ROWS = 10_000;

  /**
   * A row cap that keeps the exact computation near 10^9 multiply-adds: sqrt(10^9 / d), between 1,000 and
   * {@link #DEFAULT_MAX_ROWS} (10,000 rows at d = 10; 1,129 at d = 784, where 10,000 rows took 75 s here).
   */
  public static int defaultMaxRows(int d) {
    return (int) Math.max(1_000, Math.min(DEFAULT_MAX_ROWS, Math.sqrt(1e9 / Math.max(1, d))));
  }

  private Silhouette() {}

  /**
   * @param score the mean silhouette in [-1, 1]
   * @param rows rows it was computed on (all, or the subsample)
   */
  public record Result(double score, int rows) {}

  /**
   * @param x one row per sample
   * @param clusters cluster id per row (non-negative)
   * @param maxRows largest number of rows computed exactly
   * @param seed seed of the subsample
   * @throws InvalidInputException when fewer than 2 clusters are present
   */
  public static Result score(FloatMatrix x, int[] clusters, int maxRows, long seed) {
    Checks.oneLabelPerRow("silhouette", x, clusters);
    if (maxRows < 2) {
      throw new InvalidInputException("silhouette: the row cap must be at least 2, got " + maxRows);
    }
    int[] rows = io.sae.geometry.RowSample.uniform(x.rows(), maxRows, seed);
    int k = 0;
    for (int r : rows) {
      if (clusters[r] < 0) {
        throw new InvalidInputException("silhouette: cluster id " + clusters[r] + " at row " + r + " is negative");
      }
      k = Math.max(k, clusters[r] + 1);
    }
    int[] size = new int[k];
    for (int r : rows) {
      size[clusters[r]]++;
    }
    if (Arrays.stream(size).filter(s -> s > 0).count() < 2) {
      throw new InvalidInputException("silhouette needs at least 2 clusters, the rows form " + Arrays.stream(size).filter(s -> s > 0).count());
    }
    int d = x.cols();
    float[] data = x.data();
    double total = 0;
    double[] sums = new double[k];
    for (int r : rows) {
      Arrays.fill(sums, 0);
      for (int q : rows) {
        double s = 0;
        for (int j = 0; j < d; j++) {
          double diff = data[r * d + j] - data[q * d + j];
          s += diff * diff;
        }
        sums[clusters[q]] += Math.sqrt(s);
      }
      int own = clusters[r];
      if (size[own] < 2) {
        continue; // s = 0
      }
      double a = sums[own] / (size[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && size[c] > 0) {
          b = Math.min(b, sums[c] / size[c]);
        }
      }
      double m = Math.max(a, b);
      total += m == 0 ? 0 : (b - a) / m;
    }
    return new Result(total / rows.length, rows.length);
  }
}
