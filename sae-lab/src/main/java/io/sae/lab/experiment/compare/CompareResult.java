package io.sae.lab.experiment.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code sae experiment compare} wrote and measured.
 *
 * @param report {@code compare.md}
 * @param results {@code results.json}
 * @param methods per dataset, each method's result in registry order
 * @param runs runs used (trained or reused)
 * @param trainingMinutes their training time
 * @param minutes wall time of this invocation
 */
public record CompareResult(Path report, Path results, Map<String, List<MethodResult>> methods, int runs, double trainingMinutes, double minutes) {}
