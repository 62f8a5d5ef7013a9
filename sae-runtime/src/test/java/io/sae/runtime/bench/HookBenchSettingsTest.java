package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which options and epochs the hook bench gives a method. */
class HookBenchSettingsTest {

  @Test
  void aStagedMethodGetsTwoStagesAFirstStageOfOneEpochAndItsDefaultStageLength() {
    StructuringMethod staged = method(List.of(OptionSpec.ofInt("stages", 5, 1, 1000, "T"), OptionSpec.ofInt("stage-epochs", 10, 1, 1000, "E"),
        OptionSpec.ofInt("first-stage-epochs", 0, 0, 1000, "E0")));
    HookBenchSettings s = HookBenchSettings.of(staged, 4);
    assertThat(s.given()).isEqualTo(Map.of("stages", "2", "first-stage-epochs", "1"));
    assertThat(s.epochs()).isEqualTo(11); // E0 + (T - 1) E = 1 + 10
  }

  @Test
  void withoutAFirstStageOptionStageZeroHasTheDefaultLength() {
    StructuringMethod staged = method(List.of(OptionSpec.ofInt("stages", 5, 1, 1000, "T"), OptionSpec.ofInt("stage-epochs", 3, 1, 1000, "E")));
    HookBenchSettings s = HookBenchSettings.of(staged, 4);
    assertThat(s.given()).isEqualTo(Map.of("stages", "2"));
    assertThat(s.epochs()).isEqualTo(6); // E + E
  }

  @Test
  void aMethodWithoutStagesKeepsItsDefaultsAndTheBenchsEpochs() {
    HookBenchSettings s = HookBenchSettings.of(method(List.of(OptionSpec.ofInt("refresh-every", 1, 1, 100, "r"))), 4);
    assertThat(s.given()).isEmpty();
    assertThat(s.epochs()).isEqualTo(4);
  }

  private static StructuringMethod method(List<OptionSpec> options) {
    return new StructuringMethod() {
      @Override
      public String name() {
        return "toy";
      }

      @Override
      public String description() {
        return "toy";
      }

      @Override
      public boolean needsLabels() {
        return false;
      }

      @Override
      public List<OptionSpec> options() {
        return options;
      }

      @Override
      public TrainingPlan plan(PlanRequest request) {
        throw new UnsupportedOperationException("not planned here");
      }
    };
  }
}
