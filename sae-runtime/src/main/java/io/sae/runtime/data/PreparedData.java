package io.sae.runtime.data;

import io.sae.api.data.Dataset;
import io.sae.data.LabeledSplit;
import io.sae.api.method.DataFacts;

/**
 * The data of one run after grouping and label selection.
 *
 * @param labeled training samples (hidden labels -1) and the validation split
 * @param fullTrain the whole training set with every label (after grouping), for evaluation
 * @param test the test set (after grouping)
 * @param facts what the method is told about the data
 * @param changesAccepted how these data differ from the ones the run trained on, when the user accepted that
 *     ({@code --accept-changed-data}); empty otherwise. Evaluation records it in {@code metrics.json}.
 */
public record PreparedData(LabeledSplit labeled, Dataset fullTrain, Dataset test, DataFacts facts, java.util.List<String> changesAccepted) {
  public PreparedData {
    changesAccepted = java.util.List.copyOf(changesAccepted);
  }

  /** Data as a run trains on them (no accepted changes). */
  public PreparedData(LabeledSplit labeled, Dataset fullTrain, Dataset test, DataFacts facts) {
    this(labeled, fullTrain, test, facts, java.util.List.of());
  }

  /** The same data, marked as differing from the run's by {@code changes}. */
  public PreparedData withChangesAccepted(java.util.List<String> changes) {
    return new PreparedData(labeled, fullTrain, test, facts, changes);
  }
}
