package io.sae.spark.cluster;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.util.Optional;

/**
 * How {@link SparkClustering} clusters a latent table with MLlib's k-means.
 *
 * @param k clusters (at least 2)
 * @param seed seed of k-means|| (restart r uses seed + r)
 * @param restarts k-means|| runs; the one of lowest cost (inertia) is kept, as {@code sae cluster} keeps its best restart
 * @param iterations most Lloyd iterations of one run
 * @param initialCentres centres to start Lloyd from instead of k-means|| (one run, then), e.g. sae-geometry's k-means++
 *     seeds to compare with a single-machine clustering
 */
public record ClusterJob(int k, long seed, int restarts, int iterations, Optional<FloatMatrix> initialCentres) {
  /** The defaults of {@code sae cluster}: 10 restarts of at most 300 iterations. */
  public static final int DEFAULT_RESTARTS = 10;
  /** Most Lloyd iterations by default. */
  public static final int DEFAULT_ITERATIONS = 300;

  /** @throws InvalidInputException on a count out of range */
  public ClusterJob {
    if (k < 2) {
      throw new InvalidInputException("--k must be at least 2, got " + k);
    }
    if (restarts < 1) {
      throw new InvalidInputException("--restarts must be at least 1, got " + restarts);
    }
    if (iterations < 1) {
      throw new InvalidInputException("--iterations must be at least 1, got " + iterations);
    }
    if (initialCentres.isPresent() && initialCentres.get().rows() != k) {
      throw new InvalidInputException(initialCentres.get().rows() + " initial centres for k = " + k);
    }
  }

  /** k-means|| with the defaults of {@code sae cluster}. */
  public static ClusterJob of(int k, long seed) {
    return new ClusterJob(k, seed, DEFAULT_RESTARTS, DEFAULT_ITERATIONS, Optional.empty());
  }

  /** One Lloyd run from these centres. */
  public ClusterJob from(FloatMatrix centres) {
    return new ClusterJob(k, seed, 1, iterations, Optional.of(centres));
  }
}
