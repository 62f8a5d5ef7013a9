package io.sae.spark.search;

import io.sae.api.InvalidInputException;
import java.io.Serializable;
import java.nio.file.Path;

/** What {@link SparkSearch} ranks by. */
public sealed interface Metric extends Serializable {

  /** Euclidean distance to the query, nearest first; ties by id. */
  record Euclidean() implements Metric {}

  /**
   * Paper 003's similarity (Eqs. 11-15) over the clusters the run's method configured, as {@code sae search} ranks:
   * most similar first; ties by Euclidean distance, then by id.
   *
   * @param run the run folder (read by every executor: a shared file system)
   * @param boundary b_c in (0, 1), the similarity on a cluster's edge
   * @param cacheDir the dataset cache of the executors' library (the run's method is looked up through it)
   */
  record Paper003(String run, double boundary, String cacheDir) implements Metric {
    /** @throws InvalidInputException when b_c is outside (0, 1) */
    public Paper003 {
      if (!(boundary > 0 && boundary < 1)) {
        throw new InvalidInputException("--boundary must be in (0, 1), got " + boundary);
      }
    }

    /** The paper's b_c (0.79). */
    public static Paper003 of(Path run, Path cacheDir) {
      return new Paper003(run.toAbsolutePath().normalize().toString(), io.sae.api.method.LatentClusters.PAPER_BOUNDARY, cacheDir.toString());
    }
  }
}
