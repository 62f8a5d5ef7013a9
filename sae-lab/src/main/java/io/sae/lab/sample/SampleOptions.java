package io.sae.lab.sample;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;

/**
 * What {@link SampleGrid} draws; the defaults are {@code sae sample}'s. With neither a class nor a cluster, one
 * row per class or cluster is drawn, or one row from N(0, I) (see {@link PriorSamples#natural()}).
 *
 * @param className class (after grouping) to draw from, or null
 * @param cluster k-means cluster (0-based) to draw from ({@code kmeans-vae}), or null
 * @param count samples per row, 1..{@value #MAX_COUNT}
 * @param seed seed of the noise, or null for the run's seed
 * @param out PNG to write, or null for {@code RUN/samples[-class-C|-cluster-K].png}
 */
public record SampleOptions(String className, Integer cluster, int count, Long seed, Path out) {
  /** Samples per row by default. */
  public static final int DEFAULT_COUNT = 16;
  /** The most samples per row. */
  public static final int MAX_COUNT = 1000;

  /** @throws InvalidInputException when {@code count} is out of range or both a class and a cluster are given */
  public SampleOptions {
    if (count < 1 || count > MAX_COUNT) {
      throw new InvalidInputException("--count must be in 1.." + MAX_COUNT + ", got " + count);
    }
    if (className != null && cluster != null) {
      throw new InvalidInputException("give --class or --cluster, not both");
    }
  }

  /** {@value #DEFAULT_COUNT} samples per class or cluster (or of the plain prior), with the run's seed. */
  public static SampleOptions defaults() {
    return new SampleOptions(null, null, DEFAULT_COUNT, null, null);
  }
}
