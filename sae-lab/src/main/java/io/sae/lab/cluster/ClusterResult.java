package io.sae.lab.cluster;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link Clustering} measured and where it wrote it.
 *
 * @param split the split clustered
 * @param on latents or inputs
 * @param k clusters
 * @param seed the k-means++ seed used
 * @param restarts k-means++ runs
 * @param samples rows clustered
 * @param dimension values per row (latent size, or input size)
 * @param accuracy clustering accuracy (best one-to-one cluster-to-class map), NaN without labels
 * @param nmi normalised mutual information, NaN without labels
 * @param silhouette mean silhouette
 * @param silhouetteRows rows the silhouette was computed on
 * @param iterations Lloyd iterations of the scored restart
 * @param converged whether that restart converged
 * @param inertia its mean squared distance of a row to its centre
 * @param seconds wall time of k-means and scoring (not in the file: it differs per start)
 * @param file the {@code cluster-SPLIT[-inputs].json} written into the run folder
 */
public record ClusterResult(Split split, FeatureSpace on, int k, long seed, int restarts, int samples, int dimension, double accuracy, double nmi,
    double silhouette, int silhouetteRows, int iterations, boolean converged, double inertia, double seconds, Path file) {

  /**
   * The content of the result file, in its key order; a non-finite ACC or NMI is written as null (JSON has no
   * NaN), the silhouette as it is.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("split", split.text());
    json.put("on", on.text());
    json.put("k", k);
    json.put("seed", seed);
    json.put("restarts", restarts);
    json.put("samples", samples);
    json.put("accuracy", finiteOrNull(accuracy));
    json.put("nmi", finiteOrNull(nmi));
    json.put("silhouette", silhouette);
    json.put("silhouette_rows", silhouetteRows);
    json.put("kmeans_iterations", iterations);
    json.put("kmeans_converged", converged);
    json.put("kmeans_inertia", inertia);
    return json;
  }

  /** The lines {@code sae cluster} prints: what was clustered, then ACC, NMI and the silhouette. */
  public List<String> summary() {
    return List.of(
        String.format(Locale.ROOT, "k-means on the %s %s (%,d x %d), k = %d, seed %d, best of %d: %d iterations%s, %.1f s", split.text(), on.text(),
            samples, dimension, k, seed, restarts, iterations, converged ? "" : " (not converged)", seconds),
        String.format(Locale.ROOT, "ACC         %.4f", accuracy),
        String.format(Locale.ROOT, "NMI         %.4f", nmi),
        String.format(Locale.ROOT, "silhouette  %.4f%s", silhouette, silhouetteRows < samples ? " (on " + silhouetteRows + " sampled rows)" : ""));
  }

  private static Double finiteOrNull(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
