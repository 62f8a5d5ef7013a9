package io.sae.tf.train;

import io.sae.api.training.History;
import io.sae.tf.graph.ParameterSnapshot;

/**
 * What a finished training run produced.
 *
 * @param history metrics of every epoch (resumed runs include the epochs before the resume)
 * @param selectedEpoch the epoch whose weights were kept (last, or best by the plan's selection)
 * @param weights the kept model parameters
 * @param stoppedBecause why a callback ended training before the planned epochs, or empty when all of them ran
 */
public record TrainingOutcome(History history, int selectedEpoch, ParameterSnapshot weights, String stoppedBecause) {
  /** Whether training ended before the planned epochs. */
  public boolean stoppedEarly() {
    return !stoppedBecause.isEmpty();
  }
}
