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

  @Test
  void aDamagedCheckpointIsAOneLineUserError(@TempDir Path dir) throws Exception {
    // found by the fuzzer: each of these was a NumberFormatException, NullPointerException, NoSuchFileException or
    // MalformedInputException (exit 1), and a repeated history line resumed into "complete after 3 of 2 epochs"
    CheckpointStore store = new CheckpointStore(dir);
    KeptWeights kept = new KeptWeights(EpochSelection.LAST, this::weights);
    Checkpointing checkpointing = new Checkpointing(store, this::weights, kept, List.of());
    EpochMetrics m = new EpochMetrics(0, Map.of("loss", 1.0), 1, 0, 10);
    FakeEpochContext context = new FakeEpochContext(History.empty().plus(m));
    kept.onEpochEnd(m, context);
    checkpointing.onEpochEnd(m, context);
    Path latest = dir.resolve("latest.properties");
    Path history = dir.resolve("epoch-0001/history.tsv");
    String goodLatest = Files.readString(latest);
    String goodHistory = Files.readString(history);
    assertThat(store.load().epochsDone()).isEqualTo(1);
    Map<String, String[]> cases = new java.util.LinkedHashMap<>();
    cases.put("epochsDone=(missing)", new String[] {goodLatest.replaceAll("epochsDone=.*\n", ""), goodHistory});
    cases.put("bestValue='x'", new String[] {goodLatest.replaceAll("bestValue=.*", "bestValue=x"), goodHistory});
    cases.put("names the folder ''", new String[] {goodLatest.replaceAll("folder=.*", "folder="), goodHistory});
    cases.put("names the folder '../x'", new String[] {goodLatest.replaceAll("folder=.*", "folder=../x"), goodHistory});
    cases.put("ends with epoch 1, latest.properties says 1 epochs are done",
        new String[] {goodLatest, goodHistory + goodHistory.replaceFirst("^0", "1")});
    cases.put("line 2 is epoch 0, expected 1", new String[] {goodLatest, goodHistory + goodHistory});
    cases.put("line 1: 'x' is not name=value", new String[] {goodLatest, goodHistory.strip() + "\tx\n"});
    for (Map.Entry<String, String[]> e : cases.entrySet()) {
      Files.writeString(latest, e.getValue()[0]);
      Files.writeString(history, e.getValue()[1]);
      org.assertj.core.api.Assertions.assertThatThrownBy(store::load).as(e.getKey())
          .isInstanceOf(io.sae.api.InvalidInputException.class)
          .hasMessageStartingWith(dir.toString())
          .hasMessageContaining(": damaged checkpoint: ")
          .hasMessageContaining(e.getKey());
    }
    Files.writeString(latest, goodLatest);
    Files.write(history, new byte[] {'0', '\t', (byte) 0xC3, '('});
    org.assertj.core.api.Assertions.assertThatThrownBy(store::load).isInstanceOf(io.sae.api.InvalidInputException.class)
        .hasMessage(history + ": damaged checkpoint: the history is not UTF-8 text");
  }
}
