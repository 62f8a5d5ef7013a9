package io.sae.tf.train;

import io.sae.api.training.History;
import io.sae.tf.graph.ParameterSnapshot;

/**
 * What a finished training run produced.
 *
 * @param history metrics of every epoch (resumed runs include the epochs before the resume)
 * @param selectedEpoch the epoch whose weights were kept (last, or best by the plan's selection)
 * @param weights the kept model parameters
 */
public record TrainingOutcome(History history, int selectedEpoch, ParameterSnapshot weights) {}
