package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Bench options and the figures derived from the measurements (what sae bench's tables print). */
class BenchResultsTest {

  @Test
  void optionsNeedAWarmUpEpochAndAnArchitecture() {
    BenchOptions d = BenchOptions.defaults();
    assertThat(d.archs()).containsExactly("dense", "conv");
    assertThat(d.measuresHook()).isTrue();
    assertThat(new BenchOptions(List.of("dense"), 2, 1000, 128, 10, BenchOptions.NO_HOOK).measuresHook()).isFalse();
    assertThatThrownBy(() -> new BenchOptions(List.of("dense"), 1, 1000, 128, 10, "sae")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--epochs must be at least 2 (the first epoch is warm-up), got 1");
    assertThatThrownBy(() -> new BenchOptions(List.of(), 2, 1000, 128, 10, "sae")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void throughputIsComparedWithTheReferenceWhenThereIsOne() {
    assertThat(new ArchThroughput("dense", 1000, 14_500, OptionalDouble.of(29_000), 50_000, 0.1, "CPU:0 (1 ops)", java.util.OptionalLong.empty()).percentOfReference().getAsDouble())
        .isCloseTo(50, within(1e-9));
    assertThat(new ArchThroughput("dense:32", 1000, 14_500, OptionalDouble.empty(), 50_000, 0.1, "CPU:0 (1 ops)", java.util.OptionalLong.empty()).percentOfReference()).isEmpty();
  }

  @Test
  void hookSharesAddUpOverEpochs() {
    HookShare h = new HookShare("sae", "dense", 1000, Map.of(), List.of(new HookEpoch(1, true, 1, 3), new HookEpoch(2, true, 0.5, 1.5)));
    assertThat(h.epochs().getFirst().hookPercent()).isEqualTo(25);
    assertThat(h.hookSeconds()).isEqualTo(1.5);
    assertThat(h.totalSeconds()).isEqualTo(6);
    assertThat(h.hookPercent()).isEqualTo(25);
    assertThat(h.unit()).isEqualTo("epoch");
    assertThat(h.stages()).containsExactly(new HookStage(1, 1, 1, 3), new HookStage(2, 1, 0.5, 1.5));
    assertThat(h.maxStagePercent()).isEqualTo(25);
    assertThat(h.withinLimit()).isFalse();
  }

  @Test
  void aStageRunsFromOneRefreshToTheNext() {
    // stage 0: epoch 1 (refresh 0.1 s); stage 1: epochs 2-4, refresh 0.5 s before epoch 2, 3 x 3 s of training
    HookShare h = new HookShare("ccae-4", "dense", 1000, Map.of("stages", "2"), List.of(new HookEpoch(1, true, 0.1, 1.9),
        new HookEpoch(2, true, 0.5, 3), new HookEpoch(3, false, 0, 3), new HookEpoch(4, false, 0, 3)));
    assertThat(h.unit()).isEqualTo("stage");
    assertThat(h.stages()).containsExactly(new HookStage(1, 1, 0.1, 1.9), new HookStage(2, 3, 0.5, 9));
    assertThat(h.stages().get(1).hookPercent()).isCloseTo(100 * 0.5 / 9.5, within(1e-12)); // 5.26%
    assertThat(h.maxStagePercent()).isCloseTo(100 * 0.5 / 9.5, within(1e-12));
    assertThat(h.withinLimit()).isFalse();
    assertThat(h.hookPercent()).isCloseTo(100 * 0.6 / 11.5, within(1e-12));
    HookShare ok = new HookShare("ccae-1", "dense", 1000, Map.of(), List.of(new HookEpoch(1, true, 0.05, 1.95),
        new HookEpoch(2, true, 0.4, 4.5), new HookEpoch(3, false, 0, 4.05)));
    assertThat(ok.maxStagePercent()).isCloseTo(100 * 0.4 / 8.95, within(1e-12)); // 4.47%
    assertThat(ok.withinLimit()).isTrue();
  }

  @Test
  void aMeasurementStartsWithARefresh() {
    assertThatThrownBy(() -> new HookShare("x", "dense", 1, Map.of(), List.of(new HookEpoch(1, false, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HookShare("x", "dense", 1, Map.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
