package io.sae.lab.experiment.nousi;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of {@link NousiClustering}, paper 002's Table 2 at a chosen scale. {@link #defaults} are those of
 * {@code sae experiment nousi}.
 *
 * @param dataset dataset name
 * @param methods autoencoder rows ({@code ae} is the control); the first also clusters the test inputs (No AE)
 * @param seeds seeds 1..N per row
 * @param stages T, training stages
 * @param stageEpochs E, epochs per stage
 * @param limit {@code TRAIN[,TEST]}: first samples only, or null for all (kept as typed: it is part of recipe.json)
 * @param arch network preset
 * @param latent latent size d
 * @param sets {@code KEY=VALUE} options for every row but the control, e.g. {@code alpha=0.1}
 * @param firstStageEpochs E0, epochs of stage 1, or null for E
 * @param batchSize mini-batch size of every run, or null for the trainer's default (128)
 * @param restarts k-means++ runs per evaluation, the lowest-inertia one scored
 * @param out the experiment folder; started again with the same settings, it reuses every finished stage
 */
public record NousiClusteringOptions(String dataset, List<String> methods, int seeds, int stages, int stageEpochs, String limit, String arch,
    int latent, List<String> sets, Integer firstStageEpochs, Integer batchSize, int restarts, Path out) {

  /** Checks what recipe.json does not (the counts are checked when the experiment folder is prepared). */
  public NousiClusteringOptions {
    methods = List.copyOf(methods);
    sets = List.copyOf(sets);
    if (methods.isEmpty()) {
      throw new InvalidInputException("--methods must name at least one method");
    }
    if (restarts < 1) {
      throw new InvalidInputException("--restarts must be at least 1, got " + restarts);
    }
    if (out == null) {
      throw new InvalidInputException("--out is required: the experiment folder");
    }
  }

  /** The defaults of {@code sae experiment nousi}: MNIST, AE and CCAE-1..4, 3 seeds, 5 stages of 10 epochs, d = 10. */
  public static NousiClusteringOptions defaults(Path out) {
    return new NousiClusteringOptions("mnist", List.of("ae", "ccae-1", "ccae-2", "ccae-3", "ccae-4"), 3, 5, 10, null, "dense-linear", 10, List.of(),
        null, null, 10, out);
  }

  /** The part of these settings that must match for an experiment folder to be reused. */
  StagedRecipe recipe() {
    return new StagedRecipe(dataset, arch, latent, stages, stageEpochs, limit, sets, batchSize, firstStageEpochs);
  }
}
