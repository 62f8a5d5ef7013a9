package io.sae.data.io;

import io.sae.api.data.FloatMatrix;
import java.util.List;

/**
 * What {@link CsvReader} read: the feature matrix, the feature column names, and the label column's raw
 * values (turn them into classes with {@link ClassLabels}).
 *
 * @param features one row per data line, one column per feature column, in file order
 * @param featureNames header names of the feature columns, or {@code x0, x1, ...} when there is no header
 * @param labelColumn name of the label column ({@code null} when none was asked for)
 * @param labelValues the label column's values as text, trimmed, one per row ({@code null} when none)
 * @param labelLines the 1-based file line of each label value, for messages ({@code null} when none)
 */
public record CsvData(FloatMatrix features, List<String> featureNames, String labelColumn, List<String> labelValues, int[] labelLines) {

  public CsvData {
    featureNames = List.copyOf(featureNames);
    labelValues = labelValues == null ? null : List.copyOf(labelValues);
    labelLines = labelLines == null ? null : labelLines.clone();
  }

  /** The label column as {@link ClassLabels} reads it, naming lines of {@code file} in messages. */
  public ClassLabels.Column labelsIn(String file) {
    return new ClassLabels.Column(file, labelValues, labelLines);
  }

  /** Whether the file had a label column. */
  public boolean hasLabels() {
    return labelValues != null;
  }
}
