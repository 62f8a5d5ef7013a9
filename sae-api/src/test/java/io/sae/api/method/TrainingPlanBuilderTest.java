package io.sae.api.method;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.Activation;
import io.sae.api.model.NetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingPlanBuilderTest {
  private static final ArchitectureSpec ARCH = ArchitectureSpec.autoencoder(new NetworkSpec.Dense(java.util.List.of(8), Activation.RELU, Activation.SIGMOID), new int[] {4}, 2);

  @Test
  void defaultsAreTheCommonCase() {
    TrainingPlan p = TrainingPlan.builder(ARCH).loss(LossTerm.of("reconstruction-mse", 1.0)).build();
    assertThat(p).isEqualTo(new TrainingPlan(ARCH, List.of(LossTerm.of("reconstruction-mse", 1.0)), List.of(), List.of(),
        EpochSelection.LAST, ReadoutSpec.linearSvm(1.0), false, List.of()));
    assertThat(p.withSelection(EpochSelection.best("val_accuracy", true)).selection().metric()).isEqualTo("val_accuracy");
  }

  @Test
  void theRecordsChecksStillApply() {
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss term");
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).loss(LossTerm.of("reconstruction-mse", 1.0)).field(new SampleField("t", 4)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample field 't' is declared but no hook fills it");
  }

  private static final SampleField TARGET = new SampleField("target", 2);
  private static final SampleField MASK = new SampleField("mask", 1);

  /** A hook that declares the fields it fills (never refreshed here: the checks run when the plan is built). */
  private static EpochHook filling(SampleField... fields) {
    return new EpochHook() {
      @Override
      public List<SampleField> fills() {
        return List.of(fields);
      }

      @Override
      public HookResult refresh(EpochState state) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static LossTerm latentMse() {
    return LossTerm.of("latent-mse", 1.0, java.util.Map.of("name", "structure")).withField("target", TARGET).withField("mask", MASK);
  }

  @Test
  void aWellWiredPlanBuilds() {
    TrainingPlan p = TrainingPlan.builder(ARCH).loss(latentMse()).field(TARGET).field(MASK).hook(filling(TARGET, MASK)).build();
    assertThat(p.losses().getFirst().fields()).containsEntry("target", TARGET).containsEntry("mask", MASK);
  }

  @Test
  void aFieldReadButNotDeclaredNamesTheTermAndTheDeclaredFields() {
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).loss(latentMse()).field(TARGET).hook(filling(TARGET)).build())
        .hasMessage("loss term structure reads as 'mask' sample field 'mask', which the plan does not declare (declared: [target])");
  }

  @Test
  void aWidthMismatchNamesBothWidths() {
    SampleField wide = new SampleField("target", 3);
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).loss(latentMse()).field(wide).field(MASK).hook(filling(wide, MASK)).build())
        .hasMessageContaining("reads as 'target' sample field 'target' of width 2, but the plan declares it with width 3");
  }

  @Test
  void aFieldReadButFilledByNoHookNamesWhatTheHooksFill() {
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).loss(latentMse()).field(TARGET).field(MASK).hook(filling(TARGET)).build())
        .hasMessageContaining("loss term structure reads as 'mask' sample field 'mask', which no hook fills (hooks fill [target])");
  }

  @Test
  void aHookFillingAnUndeclaredFieldIsNamed() {
    assertThatThrownBy(() -> TrainingPlan.builder(ARCH).loss(latentMse()).field(TARGET).hook(filling(TARGET, MASK)).build())
        .hasMessageContaining("hook 0 (").hasMessageContaining("fills sample field 'mask', which the plan does not declare");
  }

  @Test
  void theHookResultBuilderChecksWidths() {
    assertThatThrownBy(() -> HookResult.builder().put(TARGET, io.sae.api.data.FloatMatrix.zeros(4, 3)))
        .hasMessage("sample field target is 2 wide, the hook gave 3 columns");
  }

  @Test
  void theHookResultBuilderChecksAssignments() {
    VariableKey centres = new VariableKey("centres", 2, 3);
    assertThatThrownBy(() -> HookResult.builder().assign(centres, io.sae.api.data.FloatMatrix.zeros(3, 2)))
        .hasMessage("plan variable centres is 2x3, the hook gave 3x2");
    assertThatThrownBy(() -> HookResult.builder().assign(centres, io.sae.api.data.FloatMatrix.zeros(2, 3))
        .assign(centres, io.sae.api.data.FloatMatrix.zeros(2, 3))).hasMessage("plan variable centres assigned twice");
    assertThat(HookResult.builder().assign(centres, io.sae.api.data.FloatMatrix.zeros(2, 3)).build().assignments()).containsOnlyKeys(centres);
  }
}
