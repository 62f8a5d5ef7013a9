package io.sae.lab.experiment.nousi;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of {@link NousiClassification}, paper 002's Tables 4-5 in spirit. {@link #defaults} are those of
 * {@code sae experiment nousi-classify}.
 *
 * @param dataset dataset name
 * @param methods autoencoder rows ({@code ae} is the control); the first also scores the raw inputs (pixels)
 * @param seeds seeds 1..N per row
 * @param stages T, training stages
 * @param stageEpochs E, epochs per stage
 * @param limit {@code TRAIN[,TEST]}: the small labelled set, first samples only; null for all
 * @param arch network preset
 * @param latent latent size d
 * @param sets {@code KEY=VALUE} options for every row but the control, e.g. {@code alpha=0.5}
 * @param firstStageEpochs E0, epochs of stage 1, or null for E
 * @param batchSize mini-batch size of every run, or null for the trainer's default (128)
 * @param out the experiment folder; started again with the same settings, it reuses every finished run
 */
public record NousiClassificationOptions(String dataset, List<String> methods, int seeds, int stages, int stageEpochs, String limit, String arch,
    int latent, List<String> sets, Integer firstStageEpochs, Integer batchSize, Path out) {

  /** Checks what recipe.json does not (the counts are checked when the experiment folder is prepared). */
  public NousiClassificationOptions {
    methods = List.copyOf(methods);
    sets = List.copyOf(sets);
    if (methods.isEmpty()) {
      throw new InvalidInputException("--methods must name at least one method");
    }
    if (out == null) {
      throw new InvalidInputException("--out is required: the experiment folder");
    }
  }

  /** The defaults of {@code sae experiment nousi-classify}: Fashion-MNIST 2000,2000, AE and dAE-1/2, 5 seeds, 5 stages of 10 epochs, d = 32. */
  public static NousiClassificationOptions defaults(Path out) {
    return new NousiClassificationOptions("fashion-mnist", List.of("ae", "dae-1", "dae-2"), 5, 5, 10, "2000,2000", "dense-linear", 32, List.of(),
        null, null, out);
  }

  /** The part of these settings that must match for an experiment folder to be reused. */
  StagedRecipe recipe() {
    return new StagedRecipe(dataset, arch, latent, stages, stageEpochs, limit, sets, batchSize, firstStageEpochs);
  }
}
