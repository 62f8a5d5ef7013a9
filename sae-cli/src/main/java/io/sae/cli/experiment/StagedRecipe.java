package io.sae.cli.experiment;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a paper-002 experiment: one dataset, network and stage schedule; each row a method trained with
 * every seed. {@code ae} is the control and gets no stage options (with no shift a CCAE/dAE trains the AE's
 * weights exactly).
 *
 * @param dataset dataset name
 * @param arch network preset
 * @param latent latent size
 * @param stages T, training stages
 * @param stageEpochs E, epochs per stage
 * @param limit {@code --limit} value, or null for all samples
 * @param sets extra {@code KEY=VALUE} options for every non-control row
 */
record StagedRecipe(String dataset, String arch, int latent, int stages, int stageEpochs, String limit, List<String> sets) {
  StagedRecipe {
    sets = List.copyOf(sets);
  }

  /** Checks the counts and creates {@code out}, which must not exist yet. */
  void prepare(int seeds, Path out) throws IOException {
    if (seeds < 1 || stages < 1 || stageEpochs < 1) {
      throw new InvalidInputException("--seeds, --stages and --stage-epochs must be positive");
    }
    if (Files.exists(out)) {
      throw new InvalidInputException(out + " exists; choose a new --out folder");
    }
    Files.createDirectories(out);
  }

  /** The first stage's {@code sae train} arguments for {@code method} with {@code seed}. */
  List<String> firstArgs(String method, int seed) {
    List<String> first = new ArrayList<>(List.of("--dataset", dataset, "--method", method, "--arch", arch, "--latent", String.valueOf(latent),
        "--validation", "0", "--seed", String.valueOf(seed)));
    if (limit != null) {
      first.addAll(List.of("--limit", limit));
    }
    if (!method.equals("ae")) {
      first.addAll(List.of("--set", "stages=" + stages, "--set", "stage-epochs=" + stageEpochs));
      for (String kv : sets) {
        first.addAll(List.of("--set", kv));
      }
    }
    return first;
  }
}
