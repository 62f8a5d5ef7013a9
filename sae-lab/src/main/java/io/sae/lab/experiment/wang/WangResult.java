package io.sae.lab.experiment.wang;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code sae experiment wang} made.
 *
 * @param report the Markdown report ({@code wang.md})
 * @param results the numbers as JSON ({@code results.json})
 * @param datasets each dataset's measurements, in order
 * @param runs how many runs the experiment used (reused ones included)
 * @param trainingMinutes training time of those runs
 * @param minutes how long this invocation took
 */
public record WangResult(Path report, Path results, List<WangResults.DatasetResult> datasets, int runs, double trainingMinutes, double minutes) {
  /** Keeps an unmodifiable copy of {@code datasets}. */
  public WangResult {
    datasets = List.copyOf(datasets);
  }
}
