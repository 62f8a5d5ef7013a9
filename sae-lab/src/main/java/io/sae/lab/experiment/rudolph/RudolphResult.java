package io.sae.lab.experiment.rudolph;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code sae experiment rudolph} made.
 *
 * @param report the Markdown report ({@code rudolph.md})
 * @param results the numbers as JSON ({@code results.json})
 * @param sections the report's parts, in order, each with its table and numbers
 * @param runs how many runs the experiment used (reused ones included)
 * @param trainingMinutes training time of those runs
 * @param minutes how long this invocation took
 */
public record RudolphResult(Path report, Path results, List<Section> sections, int runs, double trainingMinutes, double minutes) {
  /** Keeps an unmodifiable copy of {@code sections}. */
  public RudolphResult {
    sections = List.copyOf(sections);
  }
}
