package io.sae.lab.sample;

import io.sae.api.data.FloatMatrix;
import java.nio.file.Path;
import java.util.List;

/**
 * The grid {@link SampleGrid} wrote.
 *
 * @param png the file written
 * @param rows the decoded samples, one matrix [count, input size] per grid row
 * @param count samples per row
 * @param description what was drawn from ("class 3", "cluster 2", "one row per class", "N(0, I)", ...)
 * @param seed the seed of the noise
 */
public record SampleResult(Path png, List<FloatMatrix> rows, int count, String description, long seed) {
  /** Keeps an unmodifiable copy of the rows. */
  public SampleResult {
    rows = List.copyOf(rows);
  }
}
