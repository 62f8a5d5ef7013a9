package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.HookResult;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.tf.graph.ParameterSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointingTest {
  private float weight;

  private ParameterSnapshot weights() {
    return new ParameterSnapshot(Map.of("w", new ParameterSnapshot.Array(new long[] {1}, new float[] {weight})));
  }

  /** A hook whose saved state is the number of times it was saved. */
  private static EpochHook countingHook() {
    return new EpochHook() {
      private int saves;

      @Override
      public HookResult refresh(io.sae.api.method.EpochState state) {
        return new HookResult(Map.of(), Map.of(), Map.of());
      }

      @Override
      public void saveState(Path dir) throws java.io.IOException {
        Files.writeString(dir.resolve("saves.txt"), String.valueOf(++saves));
      }
    };
  }

  @Test
  void everyEpochEndWritesTheEpochWithTheBestSoFarAndTheHookState(@TempDir Path dir) throws Exception {
    CheckpointStore store = new CheckpointStore(dir);
    KeptWeights kept = new KeptWeights(EpochSelection.best("val_reconstruction_rmse", false), this::weights);
    Checkpointing checkpointing = new Checkpointing(store, this::weights, kept, List.of(countingHook()));
    double[] rmse = {0.5, 0.2, 0.4};
    History history = History.empty();
    for (int epoch = 0; epoch < rmse.length; epoch++) {
      weight = epoch + 1;
      EpochMetrics m = new EpochMetrics(epoch, Map.of("loss", 1.0, "val_reconstruction_rmse", rmse[epoch]), 1, 0, 10);
      history = history.plus(m);
      FakeEpochContext context = new FakeEpochContext(history);
      kept.onEpochEnd(m, context); // the order the trainer calls them in
      checkpointing.onEpochEnd(m, context);

      CheckpointStore.Checkpoint c = store.load();
      assertThat(c.epochsDone()).isEqualTo(epoch + 1);
      assertThat(c.history().epochs()).hasSize(epoch + 1);
      assertThat(c.history().last().values()).containsEntry("val_reconstruction_rmse", rmse[epoch]);
      assertThat(c.all().get("w").values()).containsExactly((float) epoch + 1);
      assertThat(Files.readString(c.hookDir(0).resolve("saves.txt"))).isEqualTo(String.valueOf(epoch + 1));
    }
    CheckpointStore.Checkpoint last = store.load();
    assertThat(last.bestEpoch()).isEqualTo(1);
    assertThat(last.bestValue()).isEqualTo(0.2);
    assertThat(last.best().orElseThrow().get("w").values()).containsExactly(2f); // the weights epoch 1 ended with
  }

  @Test
  void aRunKeepingTheLastEpochStoresNoBestAndAResumedRunContinuesTheNumbering(@TempDir Path dir) throws Exception {
    CheckpointStore store = new CheckpointStore(dir);
    KeptWeights kept = new KeptWeights(EpochSelection.LAST, this::weights);
    Checkpointing checkpointing = new Checkpointing(store, this::weights, kept, List.of());
    History history = History.empty();
    for (int epoch = 3; epoch < 5; epoch++) { // as after resuming from a checkpoint of 3 finished epochs
      EpochMetrics m = new EpochMetrics(epoch, Map.of("loss", 1.0), 1, 0, 10);
      history = history.plus(m);
      kept.onEpochEnd(m, new FakeEpochContext(history));
      checkpointing.onEpochEnd(m, new FakeEpochContext(history));
      assertThat(store.latestHookDir().getParent().getFileName()).hasToString(String.format("epoch-%04d", epoch + 1));
    }
    CheckpointStore.Checkpoint c = store.load();
    assertThat(c.epochsDone()).isEqualTo(5);
    assertThat(c.best()).isEmpty();
    assertThat(c.bestEpoch()).isEqualTo(-1);
    assertThat(c.bestValue()).isNaN();
    try (var folders = Files.list(dir)) {
      assertThat(folders.map(p -> p.getFileName().toString()).sorted()).containsExactly("epoch-0005", "latest.properties");
    }
  }
}
