package io.sae.lab.cluster;

import io.sae.api.InvalidInputException;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How {@link Clustering} clusters a run's split: k-means++ seeded, then Lloyd, the lowest-inertia of several
 * restarts scored. {@link #DEFAULTS} are those of {@code sae cluster}.
 *
 * @param split the split clustered
 * @param on latents or raw inputs
 * @param k clusters; empty for the split's number of classes
 * @param seed seed of k-means++ (restart r uses seed + r) and of the silhouette subsample; empty for the run's seed
 * @param iterations most Lloyd iterations of one restart
 * @param restarts k-means++ runs, as scikit-learn's {@code n_init}
 * @param silhouetteRows most rows of the exact silhouette (a seeded subsample beyond); empty for
 *     {@link io.sae.eval.metrics.Silhouette#defaultMaxRows}
 */
public record ClusterOptions(Split split, FeatureSpace on, OptionalInt k, OptionalLong seed, int iterations, int restarts,
    OptionalInt silhouetteRows) {

  /** The defaults of {@code sae cluster}: test latents, k = classes, the run's seed, 300 iterations, 10 restarts. */
  public static final ClusterOptions DEFAULTS = new ClusterOptions(Split.TEST, FeatureSpace.LATENTS, OptionalInt.empty(), OptionalLong.empty(),
      300, 10, OptionalInt.empty());

  /** Checks the counts that do not depend on the data (k is checked against the split in {@link Clustering}). */
  public ClusterOptions {
    if (split == null || on == null || k == null || seed == null || silhouetteRows == null) {
      throw new IllegalArgumentException("cluster options must not be null (use the empty optionals for defaults)");
    }
    if (iterations < 1) {
      throw new InvalidInputException("--iterations must be at least 1, got " + iterations);
    }
    if (restarts < 1) {
      throw new InvalidInputException("--restarts must be at least 1, got " + restarts);
    }
    if (silhouetteRows.isPresent() && silhouetteRows.getAsInt() < 2) {
      throw new InvalidInputException("--silhouette-rows must be at least 2, got " + silhouetteRows.getAsInt());
    }
  }

  /** These options on another split. */
  public ClusterOptions withSplit(Split s) {
    return new ClusterOptions(s, on, k, seed, iterations, restarts, silhouetteRows);
  }

  /** These options on latents or inputs. */
  public ClusterOptions withOn(FeatureSpace f) {
    return new ClusterOptions(split, f, k, seed, iterations, restarts, silhouetteRows);
  }

  /** These options with {@code clusters} clusters. */
  public ClusterOptions withK(int clusters) {
    return new ClusterOptions(split, on, OptionalInt.of(clusters), seed, iterations, restarts, silhouetteRows);
  }

  /** These options with a seed other than the run's. */
  public ClusterOptions withSeed(long s) {
    return new ClusterOptions(split, on, k, OptionalLong.of(s), iterations, restarts, silhouetteRows);
  }

  /** These options with at most {@code n} Lloyd iterations. */
  public ClusterOptions withIterations(int n) {
    return new ClusterOptions(split, on, k, seed, n, restarts, silhouetteRows);
  }

  /** These options with {@code n} k-means++ restarts. */
  public ClusterOptions withRestarts(int n) {
    return new ClusterOptions(split, on, k, seed, iterations, n, silhouetteRows);
  }

  /** These options with the exact silhouette on at most {@code n} rows. */
  public ClusterOptions withSilhouetteRows(int n) {
    return new ClusterOptions(split, on, k, seed, iterations, restarts, OptionalInt.of(n));
  }
}
