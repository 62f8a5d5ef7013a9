package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.method.EpochSelection;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.tf.graph.ParameterSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptWeightsTest {
  /** The "model": one weight the test sets before each epoch end, and the epochs at which it was snapshotted. */
  private float weight;
  private final List<Float> snapshots = new ArrayList<>();
  private History history = History.empty();

  private ParameterSnapshot snapshot() {
    snapshots.add(weight);
    return new ParameterSnapshot(Map.of("w", new ParameterSnapshot.Array(new long[] {1}, new float[] {weight})));
  }

  /** Runs the epochs with these values of {@code metric}, returning the kept epoch after each. */
  private List<Integer> run(KeptWeights kept, int firstEpoch, String metric, double... values) {
    List<Integer> keptAfter = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      int epoch = firstEpoch + i;
      weight = 100 + epoch; // each epoch ends with its own weights
      EpochMetrics m = new EpochMetrics(epoch, Map.of("loss", 1.0, metric, values[i]), 1, 0, 10);
      history = history.plus(m);
      kept.onEpochEnd(m, new FakeEpochContext(history));
      keptAfter.add(kept.epoch());
    }
    return keptAfter;
  }

  @Test
  void minimisingKeepsTheFirstOfEqualLowestValues() {
    KeptWeights kept = new KeptWeights(EpochSelection.best("val_reconstruction_rmse", false), this::snapshot);
    assertThat(run(kept, 0, "val_reconstruction_rmse", 0.5, 0.3, 0.3, 0.4, 0.2999)).containsExactly(0, 1, 1, 1, 4);
    assertThat(snapshots).containsExactly(100f, 101f, 104f); // a snapshot only when an epoch becomes the best
    assertThat(kept.bestEpoch()).isEqualTo(4);
    assertThat(kept.bestValue()).isEqualTo(0.2999);
  }

  @Test
  void maximisingKeepsTheFirstOfEqualHighestValues() {
    KeptWeights kept = new KeptWeights(EpochSelection.best("val_accuracy", true), this::snapshot);
    assertThat(run(kept, 0, "val_accuracy", 0.6, 0.9, 0.9, 0.8)).containsExactly(0, 1, 1, 1);
    TrainingOutcome out = kept.outcome(history, "");
    assertThat(out.selectedEpoch()).isEqualTo(1);
    weight = -1; // the outcome is the snapshot taken when epoch 1 ended, not the weights as they are now
    assertThat(out.weights().get("w").values()).containsExactly(101f);
    assertThat(snapshots).containsExactly(100f, 101f);
  }

  @Test
  void keepingTheLastFollowsEveryEpochAndSnapshotsOnlyAtTheEnd() {
    KeptWeights kept = new KeptWeights(EpochSelection.LAST, this::snapshot);
    assertThat(run(kept, 0, "val_accuracy", 0.9, 0.1, 0.5)).containsExactly(0, 1, 2);
    assertThat(snapshots).isEmpty();
    // what a checkpoint stores as "best" for such a run: nothing
    assertThat(kept.best()).isNull();
    assertThat(kept.bestEpoch()).isEqualTo(-1);
    assertThat(kept.bestValue()).isNaN();
    TrainingOutcome out = kept.outcome(history, "enough");
    assertThat(out.selectedEpoch()).isEqualTo(2);
    assertThat(out.weights().get("w").values()).containsExactly(102f);
    assertThat(out.stoppedBecause()).isEqualTo("enough");
  }

  @Test
  void aResumedRunCarriesOnFromTheCheckpointsBest() {
    weight = 7;
    ParameterSnapshot saved = snapshot();
    snapshots.clear();
    KeptWeights kept = new KeptWeights(EpochSelection.best("val_reconstruction_rmse", false), this::snapshot, saved, 2, 0.3);
    assertThat(kept.epoch()).isEqualTo(2);
    assertThat(run(kept, 3, "val_reconstruction_rmse", 0.3, 0.31)).containsExactly(2, 2); // a tie does not replace the earlier best
    assertThat(kept.outcome(history, "").weights()).isSameAs(saved);
    assertThat(run(kept, 5, "val_reconstruction_rmse", 0.29)).containsExactly(5);
    assertThat(snapshots).containsExactly(105f);
  }

  @Test
  void aSelectionMetricTheEpochLacksIsAnError() {
    KeptWeights kept = new KeptWeights(EpochSelection.best("val_accuracy", true), this::snapshot);
    assertThatThrownBy(() -> run(kept, 0, "val_reconstruction_rmse", 0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("epoch selection metric val_accuracy is not computed (have [loss, val_reconstruction_rmse])");
  }

  @Test
  void withoutEpochsTheOutcomeHasNoKeptEpoch() {
    KeptWeights kept = new KeptWeights(EpochSelection.best("val_accuracy", true), this::snapshot);
    assertThat(kept.epoch()).isEqualTo(-1);
    assertThat(kept.outcome(History.empty(), "").selectedEpoch()).isEqualTo(-1);
  }
}
