package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;
import java.util.List;
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
    HookShare h = new HookShare("sae", "dense", 1000, List.of(new HookEpoch(1, 1, 3), new HookEpoch(2, 0.5, 1.5)));
    assertThat(h.epochs().getFirst().hookPercent()).isEqualTo(25);
    assertThat(h.hookSeconds()).isEqualTo(1.5);
    assertThat(h.totalSeconds()).isEqualTo(6);
    assertThat(h.hookPercent()).isEqualTo(25);
  }
}
