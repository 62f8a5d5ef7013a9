package io.sae.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedRecipeTest {
  @Test
  void theControlGetsNoStageOptionsAndEveryOtherRowGetsThemAll() {
    StagedRecipe r = new StagedRecipe("mnist", "dense-linear", 10, 5, 10, "3000,1000", List.of("alpha=0.2"), null, null);
    assertThat(r.firstArgs("ae", 2)).containsExactly("--dataset", "mnist", "--method", "ae", "--arch", "dense-linear", "--latent", "10",
        "--validation", "0", "--seed", "2", "--limit", "3000,1000");
    assertThat(r.firstArgs("ccae-1", 2)).endsWith("--set", "stages=5", "--set", "stage-epochs=10", "--set", "alpha=0.2");
    assertThat(new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of(), null, null).firstArgs("ae", 1)).doesNotContain("--limit");
  }

  @Test
  void prepareRecordsTheRecipeAndReopensOnlyTheSameOne(@TempDir Path tmp) throws Exception {
    StagedRecipe r = new StagedRecipe("mnist", "dense-linear", 10, 5, 10, null, List.of("alpha=0.2"), null, null);
    assertThatThrownBy(() -> r.prepare(0, tmp.resolve("a"))).hasMessageContaining("must be positive");
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
    assertThat(r.firstArgs("ae", 1)).containsSequence("--batch-size", "32");
    assertThat(r.firstArgs("ccae-1", 1)).containsSequence("--batch-size", "32");
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
    assertThat(r.firstArgs("ccae-1", 1)).containsSequence("--set", "first-stage-epochs=100");
    assertThat(r.firstArgs("ae", 1)).doesNotContain("--set");
    StageSchedule s = r.schedule();
    assertThat(new int[] {s.end(1), s.end(2), s.end(3), s.end(4)}).containsExactly(100, 110, 120, 130);
    assertThat(s.length(1)).isEqualTo(100);
    assertThat(s.length(2)).isEqualTo(10);
    assertThat(s.totalEpochs()).isEqualTo(130);
    assertThat(new StagedRecipe("mnist", "dense-linear", 10, 4, 10, null, List.of(), null, null).schedule()).isEqualTo(StageSchedule.uniform(4, 10));
  }
}
