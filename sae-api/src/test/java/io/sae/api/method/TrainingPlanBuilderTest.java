package io.sae.api.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.NetworkSpecs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingPlanBuilderTest {
  private static final ArchitectureSpec ARCH = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {4}, 2);

  @Test
  void defaultsAreTheCommonCase() {
    TrainingPlan p = TrainingPlan.builder(ARCH).loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1.0)).build();
    assertThat(p).isEqualTo(new TrainingPlan(ARCH, List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1.0)), List.of(), Optional.empty(),
        EpochSelection.LAST, ReadoutSpec.linearSvm(1.0), false));
    assertThat(p.withSelection(EpochSelection.best("val_accuracy", true)).selection().metric()).isEqualTo("val_accuracy");
  }

  @Test
  void theRecordsChecksStillApply() {
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss term");
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1.0)).field(new SampleField("t", 4)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need an epoch hook");
  }
}
