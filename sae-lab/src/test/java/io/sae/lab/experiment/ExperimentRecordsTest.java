package io.sae.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.runtime.train.LogProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment folder's records: commands.txt, experiment.log, a run's metrics and whether it finished. */
class ExperimentRecordsTest {

  @Test
  void commandsGoToBothFilesAndLinesToTheLogOnly(@TempDir Path dir) throws Exception {
    ExperimentLog log = new ExperimentLog(dir);
    log.command(List.of("evaluate", "runs/a"));
    log.line("linear SVM test error 1.00%");
    log.command(List.of("sample", "runs/b"));
    assertThat(Files.readAllLines(dir.resolve("commands.txt"))).containsExactly("sae evaluate runs/a", "sae sample runs/b");
    assertThat(Files.readAllLines(log.file())).containsExactly("$ sae evaluate runs/a", "linear SVM test error 1.00%", "$ sae sample runs/b");
  }

  @Test
  void metricsAreReadBackWithTheirNullsAndNameTheRunWhenANumberIsMissing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sae-x").resolve("metrics.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"linear_svm_test_error\": 0.25, \"labelled_training_samples\": 270, \"softmax_confidence_ece\": null,"
        + " \"training\": {\"seconds\": 12.5}}");
    RunMetrics m = RunMetrics.read(file);
    assertThat(m.name()).isEqualTo("sae-x");
    assertThat(m.svmTestError()).isEqualTo(0.25);
    assertThat(m.labelledTrainingSamples()).isEqualTo(270);
    assertThat(m.trainingSeconds()).isEqualTo(12.5);
    assertThat(m.values()).containsKey("softmax_confidence_ece");
    assertThatThrownBy(() -> m.number("softmax_confidence_ece")).isInstanceOf(IllegalStateException.class)
        .hasMessage("metrics.json of sae-x has no number softmax_confidence_ece");
  }

  @Test
  void aFolderWithoutAReadableCompleteStatusIsNotFinished(@TempDir Path dir) throws Exception {
    assertThat(ExperimentRuns.isComplete(dir.resolve("missing"))).isFalse();
    Files.writeString(dir.resolve("status.json"), "{not json");
    assertThat(ExperimentRuns.isComplete(dir)).isFalse();
  }

  @Test
  void progressLinesReadLikeTrainProgressLines() {
    List<String> lines = new ArrayList<>();
    LogProgress p = new LogProgress(lines::add);
    p.onTrainBegin(0, 2, 1000);
    p.onBatchEnd(0, 128, 0.5); // batches write nothing: the log gets one line per epoch
    assertThat(lines).containsExactly("training epochs 1-2 of 2 on 1,000 samples per epoch");
    assertThat(LogProgress.format(new java.util.LinkedHashMap<>(java.util.Map.of("loss", 0.123456789)))).isEqualTo("loss 0.12346");
  }
}
