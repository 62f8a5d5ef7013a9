package io.sae.runtime.train;

import io.sae.api.method.TrainingPlan;
import io.sae.api.training.History;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.RunConfig;
import io.sae.runtime.run.RunDirectory;

/**
 * A completed training: the run folder holds config, status, history, checkpoint and the kept weights.
 *
 * @param run the run folder
 * @param config what made the run
 * @param plan the method's plan (architecture, loss terms, latent classifier)
 * @param data the prepared data it trained on (evaluation reuses it)
 * @param history every epoch's metrics
 * @param selectedEpoch the 0-based epoch whose weights were kept
 * @param selection how that epoch was chosen ({@code last epoch}, {@code best val_accuracy}, ...)
 * @param stoppedBecause why training ended before the planned epochs (early stopping), or empty
 */
public record TrainingResult(
    RunDirectory run, RunConfig config, TrainingPlan plan, PreparedData data, History history, int selectedEpoch, String selection,
    String stoppedBecause) {}
