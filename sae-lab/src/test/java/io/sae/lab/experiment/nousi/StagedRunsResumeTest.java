package io.sae.lab.experiment.nousi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.train.RunTrainer;
import io.sae.runtime.train.Training;
import io.sae.tf.graph.ParameterSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staged training of paper 002 on a small slice of real MNIST: one training per run, stages scored from the
 * checkpoint of their last epoch, and a run stopped mid-training resumed to the same files (numbers at this
 * scale mean nothing).
 */
class StagedRunsResumeTest {
  private static final Path CACHE = Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));
  private static final SaeRuntime RUNTIME = new SaeRuntime(CACHE, line -> {}, List.of());

  @TempDir static Path shared;
  private static Path uninterrupted;

  /** ccae-1 with E0 = 2 and two stages of 1 epoch: 4 epochs, stages ending after epochs 2, 3 and 4. */
  private static NousiClusteringOptions options(Path out, List<String> sets) {
    return new NousiClusteringOptions("mnist", List.of("ccae-1"), 1, 3, 1, "600,200", "dense-linear", 8, sets, 2, null, 1, out);
  }

  @BeforeAll
  static void trainWithoutInterruption() throws Exception {
    uninterrupted = shared.resolve("a");
    NousiClustering.run(RUNTIME, options(uninterrupted, List.of()), ExperimentConsole.quiet("test"));
  }

  /** Stops the training (as a kill would) after the 0-based epoch {@code epoch} is checkpointed. */
  private static TrainingListener stopAfter(int epoch) {
    return new TrainingListener() {
      @Override
      public void onEpochEnd(EpochMetrics m) {
        if (m.epoch() == epoch) {
          throw new IllegalStateException("stopped after epoch " + (epoch + 1));
        }
      }
    };
  }

  @Test
  void aRunStoppedMidTrainingResumesAndScoresEveryStageAsAnUninterruptedOne(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("b");
    Path run = out.resolve("runs/ccae-1-seed1");
    // stopped in the middle of stage 1: nothing scored yet
    assertThatThrownBy(() -> NousiClustering.run(RUNTIME, options(out, List.of()), ExperimentConsole.quiet("test"), List.of(stopAfter(0))))
        .hasMessageContaining("stopped after epoch 1");
    assertThat(run.resolve(NousiClustering.stageFile(1))).doesNotExist();
    // resumed, then stopped at the end of stage 2, and stage 2's result lost (as if killed while clustering)
    assertThatThrownBy(() -> NousiClustering.run(RUNTIME, options(out, List.of()), ExperimentConsole.quiet("test"), List.of(stopAfter(2))))
        .hasMessageContaining("stopped after epoch 3");
    assertThat(run.resolve(NousiClustering.stageFile(1))).isRegularFile();
    Files.delete(run.resolve(NousiClustering.stageFile(2)));
    List<String> lines = new ArrayList<>();
    NousiClusteringResult r = NousiClustering.run(RUNTIME, options(out, List.of()), new ExperimentConsole(lines::add, "test", List.of()));

    Path a = uninterrupted.resolve("runs/ccae-1-seed1");
    for (String file : List.of(NousiClustering.stageFile(1), NousiClustering.stageFile(2), NousiClustering.stageFile(3), "cluster-test-inputs-kept.json",
        "model/weights.bin")) {
      assertThat(Files.readAllBytes(run.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
    assertThat(RunDirectory.open(run).readStatus().complete()).isTrue();
    assertThat(r.accuracy().get("ccae-1")[0]).hasSize(3).doesNotContain(Double.NaN);
    // the third start scored only the lost stage 2 (from the checkpoint) and the last one
    assertThat(lines).anyMatch(l -> l.startsWith("seed 1 ccae-1  stage 2/3: ACC ")).anyMatch(l -> l.startsWith("seed 1 ccae-1  stage 3/3: ACC "))
        .noneMatch(l -> l.startsWith("seed 1 ccae-1  stage 1/3"));
    assertThat(lines).anyMatch(l -> l.contains("stage 3/3: training to epoch 4"));
    assertThat(Files.readString(out.resolve("commands.txt"))).contains("sae train --dataset mnist --method ccae-1")
        .contains("sae train --resume " + run + " --epochs 3").contains("sae train --resume " + run + " --epochs 4").contains("sae cluster " + run);
    assertThat(Files.readString(out.resolve("experiment.log"))).contains("epoch 4/4").contains("ACC");
  }

  @Test
  void theWeightsScoredAtTheLastCheckpointAreTheWeightsTheRunKeeps() throws Exception {
    Path run = uninterrupted.resolve("runs/ccae-1-seed1");
    try (OpenRun open = OpenRun.open(RUNTIME, run)) {
      assertSame(CheckpointRun.keptWeights(open.plan(), RunDirectory.open(run).checkpoints().load()), RunDirectory.open(run).readWeights());
    }
  }

  @Test
  void aBestEpochSelectionScoresTheBestSnapshot(@TempDir Path tmp) throws Exception {
    // the classifier keeps its best epoch by validation accuracy
    Training t = Training.of("classifier").dataset("mnist").limit(600, 200).labels(300).validation(0.3).architecture("dense-linear").epochs(3)
        .into(tmp.resolve("classifier"));
    new RunTrainer(RUNTIME).train(t, List.of(), line -> {});
    try (OpenRun open = OpenRun.open(RUNTIME, t.out())) {
      assertThat(open.plan().selection().isLast()).isFalse();
      assertSame(CheckpointRun.keptWeights(open.plan(), RunDirectory.open(t.out()).checkpoints().load()), RunDirectory.open(t.out()).readWeights());
    }
  }

  @Test
  void anExperimentFolderIsOnlyReusedWithTheSameSettings() {
    assertThatThrownBy(() -> NousiClustering.run(RUNTIME, options(uninterrupted, List.of("alpha=0.3")), ExperimentConsole.quiet("test")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("was started with other settings");
  }

  private static void assertSame(ParameterSnapshot actual, ParameterSnapshot expected) {
    assertThat(actual.arrays().keySet()).containsExactlyInAnyOrderElementsOf(expected.arrays().keySet());
    expected.arrays().forEach((name, e) -> {
      assertThat(actual.get(name).shape()).as(name).isEqualTo(e.shape());
      assertThat(actual.get(name).values()).as(name).isEqualTo(e.values());
    });
  }
}
