package io.sae.lab.experiment.nousi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.sae.api.InvalidInputException;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.train.Training;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedRecipeTest {
  @Test
  void theControlGetsNoStageOptionsAndEveryOtherRowGetsThemAll() {
    StagedRecipe r = new StagedRecipe("mnist", "dense-linear", 10, 5, 10, "3000,1000", List.of("alpha=0.2"), null, null);
    Path run = Path.of("runs", "ae-seed2");
    Training ae = r.training("ae", 2, run);
    // what 'sae train --dataset mnist --method ae --arch dense-linear --latent 10 --validation 0 --seed 2 --limit 3000,1000' builds,
    // over all five stages
    assertThat(ae).isEqualTo(Training.of("ae").dataset("mnist").architecture("dense-linear").latent(10).validation(0).seed(2)
        .limit(new SampleLimit(3000, 1000)).epochs(50).into(run));
    assertThat(ae.options()).isEmpty();
    assertThat(r.training("ccae-1", 2, run).options()).containsExactly(entry("stages", "5"), entry("stage-epochs", "10"), entry("alpha", "0.2"));
    assertThat(new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of(), null, null).training("ae", 1, run).limit())
        .isEqualTo(SampleLimit.NONE);
  }

  @Test
  void aSetWithoutKeyAndValueIsRefusedByName() {
    StagedRecipe r = new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of("alpha"), null, null);
    assertThatThrownBy(() -> r.training("ccae-1", 1, Path.of("x"))).isInstanceOf(InvalidInputException.class)
        .hasMessage("--set must be KEY=VALUE, got 'alpha'");
  }

  @Test
  void prepareRecordsTheRecipeAndReopensOnlyTheSameOne(@TempDir Path tmp) throws Exception {
    StagedRecipe r = new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of("alpha=0.2"), null, null);
    assertThatThrownBy(() -> r.prepare(0, tmp.resolve("a"))).hasMessageContaining("must be positive");
    Files.writeString(tmp.resolve("notes.txt"), "not an experiment");
    assertThatThrownBy(() -> r.prepare(1, tmp)).hasMessageContaining("holds no recipe.json");
    Path out = tmp.resolve("new");
    r.prepare(1, out);
    assertThat(out.resolve("recipe.json")).isRegularFile();
    r.prepare(3, out); // a second start with the same settings (more seeds is fine)
    StagedRecipe other = new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of("alpha=0.3"), null, null);
    assertThatThrownBy(() -> other.prepare(1, out)).hasMessageContaining("started with other settings");
    Files.writeString(out.resolve("recipe.json"), "{not json");
    assertThatThrownBy(() -> r.prepare(1, out)).hasMessageContaining("is not readable");
  }

  @Test
  void aBatchSizeGoesToEveryRowAndAnOlderRecipeWithoutItStillResumes(@TempDir Path tmp) throws Exception {
    StagedRecipe r = new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of(), 32, null);
    assertThat(r.training("ae", 1, Path.of("a")).batchSize()).isEqualTo(32);
    assertThat(r.training("ccae-1", 1, Path.of("c")).batchSize()).isEqualTo(32);
    assertThatThrownBy(() -> new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of(), 0, null).prepare(1, tmp.resolve("z")))
        .hasMessageContaining("must be positive");
    Path out = tmp.resolve("old");
    Files.createDirectories(out);
    // as written before the batch size was recorded
    Files.writeString(out.resolve("recipe.json"), "{\"dataset\":\"mnist\",\"arch\":\"dense-linear\",\"latent\":10,\"stages\":5,"
        + "\"stageEpochs\":10,\"limit\":null,\"sets\":[]}");
    new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of(), null, null).prepare(1, out);
    assertThatThrownBy(() -> r.prepare(1, out)).hasMessageContaining("started with other settings");
  }

  @Test
  void aLongerFirstStageGoesToTheShiftingRowsAndMovesEveryStageEnd() {
    StagedRecipe r = new StagedRecipe("mnist", "dense-linear", 10, 4, 10, null, List.of(), null, 100);
    assertThat(r.training("ccae-1", 1, Path.of("c")).options()).containsEntry("first-stage-epochs", "100");
    assertThat(r.training("ae", 1, Path.of("a")).options()).isEmpty();
    assertThat(r.training("ccae-1", 1, Path.of("c")).epochs()).isEqualTo(130);
    StageSchedule s = r.schedule();
    assertThat(new int[] {s.end(1), s.end(2), s.end(3), s.end(4)}).containsExactly(100, 110, 120, 130);
    assertThat(s.length(1)).isEqualTo(100);
    assertThat(s.length(2)).isEqualTo(10);
    assertThat(s.totalEpochs()).isEqualTo(130);
    assertThat(new int[] {s.stageOf(0), s.stageOf(99), s.stageOf(100), s.stageOf(129), s.stageOf(130)}).containsExactly(1, 1, 2, 4, 0);
    assertThat(new StagedRecipe("mnist", "dense-linear", 10, 4, 10, null, List.of(), null, null).schedule()).isEqualTo(StageSchedule.uniform(4, 10));
  }
}
