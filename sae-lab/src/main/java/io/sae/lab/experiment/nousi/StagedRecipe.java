package io.sae.lab.experiment.nousi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.InvalidInputException;
import io.sae.data.io.AtomicFiles;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.train.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * @param batchSize {@code --batch-size} of every run, or null for the trainer's default
 * @param firstStageEpochs E0, epochs of stage 1 (the plain autoencoder before the first shift), or null for E
 *
 * <p>The two nullable fields were added later: a recipe written before them reads them as null, so such an
 * experiment still resumes.
 */
public record StagedRecipe(String dataset, String arch, int latent, int stages, int stageEpochs, String limit, List<String> sets, Integer batchSize,
    Integer firstStageEpochs) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keeps an unmodifiable copy of the extra options. */
  public StagedRecipe {
    sets = List.copyOf(sets);
  }

  /**
   * Checks the counts and prepares {@code out}: a new folder gets {@code recipe.json}; an existing one (an
   * experiment started before) must hold the same recipe, so finished runs are only reused for the settings
   * that made them.
   */
  public void prepare(int seeds, Path out) throws IOException {
    if (seeds < 1 || stages < 1 || stageEpochs < 1 || (batchSize != null && batchSize < 1) || (firstStageEpochs != null && firstStageEpochs < 1)) {
      throw new InvalidInputException("--seeds, --stages, --stage-epochs, --first-stage-epochs and --batch-size must be positive");
    }
    Path file = out.resolve("recipe.json");
    byte[] mine = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    if (holdsFiles(out)) {
      if (!Files.isRegularFile(file)) {
        throw new InvalidInputException(out + " exists but holds no recipe.json of an experiment; choose a new --out folder");
      }
      StagedRecipe before;
      try {
        before = JSON.readValue(file.toFile(), StagedRecipe.class);
      } catch (IOException e) {
        throw new InvalidInputException(file + " is not readable (" + e.getMessage() + "); choose a new --out folder");
      }
      if (!before.equals(this)) {
        throw new InvalidInputException(out + " was started with other settings (" + file + "); use the same options or a new --out folder");
      }
      return;
    }
    Files.createDirectories(out);
    AtomicFiles.write(file, mine);
  }

  /** Whether {@code out} exists with anything in it but the experiment's lock (taken before this runs). */
  private static boolean holdsFiles(Path out) throws IOException {
    if (!Files.exists(out)) {
      return false;
    }
    if (!Files.isDirectory(out)) {
      throw new InvalidInputException(out + " is a file, not a folder; choose another --out folder");
    }
    try (var s = Files.list(out)) {
      return s.anyMatch(p -> !p.getFileName().toString().equals(io.sae.runtime.run.RunLock.FILE));
    }
  }

  /** When each stage ends. */
  public StageSchedule schedule() {
    return new StageSchedule(stages, stageEpochs, firstStageEpochs != null ? firstStageEpochs : stageEpochs);
  }

  /**
   * The training of row {@code method} with {@code seed} into {@code run}: every stage in one run of
   * {@link StageSchedule#totalEpochs()} epochs, without validation (the experiments score the test set). The
   * control {@code ae} gets no stage options; the other rows get {@code stages}, {@code stage-epochs},
   * {@code first-stage-epochs} (when set) and then every {@code KEY=VALUE} of {@link #sets()}.
   *
   * @throws InvalidInputException when a {@code --set} value is not {@code KEY=VALUE} or {@code --limit} is malformed
   */
  public Training training(String method, int seed, Path run) {
    Training t = Training.of(method).dataset(dataset).architecture(arch).latent(latent).validation(0).seed(seed).limit(SampleLimit.parse(limit))
        .epochs(schedule().totalEpochs()).into(run);
    if (batchSize != null) {
      t = t.batchSize(batchSize);
    }
    if (!method.equals("ae")) {
      t = t.set("stages", stages).set("stage-epochs", stageEpochs);
      if (firstStageEpochs != null) {
        t = t.set("first-stage-epochs", firstStageEpochs);
      }
      for (String kv : sets) {
        int eq = kv.indexOf('=');
        if (eq < 1) {
          throw new InvalidInputException("--set must be KEY=VALUE, got '" + kv + "'");
        }
        t = t.set(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return t;
  }
}
