package io.sae.eval.clustering;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.eval.internal.Checks;
import io.sae.eval.metrics.ClusteringMetrics;
import io.sae.eval.metrics.Silhouette;

/**
 * k-means on a representation (latents, or raw inputs for the "No AE" row of paper 002's Table 2) scored with
 * clustering accuracy, NMI and the silhouette.
 *
 * @param k clusters
 * @param seed seed of the first k-means++ initialisation (restart r uses seed + r) and of the silhouette subsample
 * @param restarts k-means runs, the lowest-inertia one scored
 * @param samples rows clustered
 * @param accuracy ACC (Eq. 16), NaN without labels
 * @param nmi NMI (Eq. 17), NaN without labels
 * @param silhouette mean silhouette
 * @param silhouetteRows rows the silhouette was computed on
 * @param iterations Lloyd iterations run
 * @param converged whether Lloyd converged
 * @param inertia mean squared distance of a row to its centre
 */
public record KMeansScores(
    int k, long seed, int restarts, int samples, double accuracy, double nmi, double silhouette, int silhouetteRows, int iterations,
    boolean converged, double inertia) {

  /**
   * @param x one row per sample
   * @param labels true labels ({@code -1} where unknown; they only score the clusters)
   * @param maxIterations Lloyd iterations at most
   * @param silhouetteRows row cap of the exact silhouette
   * @param restarts k-means++ + Lloyd runs; the one with the lowest inertia is scored
   */
  public static KMeansScores compute(FloatMatrix x, int[] labels, int k, long seed, int maxIterations, int silhouetteRows, int restarts) {
    Checks.oneLabelPerRow("clustering", x, labels);
    Checks.finite("clustering input", x);
    if (k < 2) {
      throw new InvalidInputException("clustering needs k >= 2, got " + k);
    }
    KMeans.Result r = KMeans.fitBest(x, k, maxIterations, seed, restarts);
    int[] assignment = r.assignment();
    Silhouette.Result sil = Silhouette.score(x, assignment, silhouetteRows, seed);
    return new KMeansScores(k, seed, restarts, x.rows(), ClusteringMetrics.accuracy(labels, assignment), ClusteringMetrics.nmi(labels, assignment),
        sil.score(), sil.rows(), r.iterations(), r.converged(), r.inertia() / x.rows());
  }
}
