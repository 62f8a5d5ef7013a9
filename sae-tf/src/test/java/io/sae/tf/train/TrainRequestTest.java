package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.method.EpochSelection;
import io.sae.api.method.ReadoutSpec;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.training.TrainingListener;
import io.sae.tf.train.TrainingOptions;
import io.sae.tf.graph.ParameterSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainRequestTest {
  private final TrainingPlan plan = new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2),
      List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1)), List.of(), List.of(), EpochSelection.LAST,
      ReadoutSpec.linearSvm(1), false, List.of());
  private final TrainingOptions options = new TrainingOptions(2, 16, 1e-2, 1);
  private final io.sae.data.LabeledSplit data = Fixtures.noValidation(Fixtures.twoClasses(20, new int[] {16}, 1));

  @Test
  void aPlainRequestHasNoneOfTheOptionalParts() {
    TrainRequest r = TrainRequest.of(plan, data, options);
    assertThat(r.checkpoints()).isEmpty();
    assertThat(r.resume()).isFalse();
    assertThat(r.warmStart()).isEmpty();
    assertThat(r.listeners()).isEmpty();
  }

  @Test
  void theBuilderKeepsListenersInOrderAndTheOtherParts() {
    TrainingListener a = new TrainingListener() {};
    TrainingListener b = new TrainingListener() {};
    TrainingListener c = new TrainingListener() {};
    CheckpointStore store = new CheckpointStore(Path.of("ckpt"));
    ParameterSnapshot weights = new ParameterSnapshot(Map.of());
    TrainRequest r = TrainRequest.builder(plan, data, options).listener(a).checkpoints(store).resume(true).listeners(List.of(b, c))
        .warmStart(weights).build();
    assertThat(r.listeners()).containsExactly(a, b, c);
    assertThat(r.checkpoints()).containsSame(store);
    assertThat(r.resume()).isTrue();
    assertThat(r.warmStart()).containsSame(weights);
  }

  @Test
  void resumingNeedsACheckpointStore() {
    assertThatThrownBy(() -> TrainRequest.builder(plan, data, options).resume(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("resume needs a checkpoint store");
  }
}
