package io.sae.lab.experiment.nousi;

import java.nio.file.Path;
import java.util.Map;

/**
 * The numbers of {@link NousiClassification} and the files holding them.
 *
 * @param testAccuracy per row (the methods, then {@code pixels}), per classifier, the test accuracy of each seed
 * @param minutes wall time of this start (runs reused from an earlier start are not timed)
 * @param report {@code nousi-classify.md}
 * @param results {@code results.json}
 */
public record NousiClassificationResult(Map<String, Map<String, double[]>> testAccuracy, double minutes, Path report, Path results) {}
