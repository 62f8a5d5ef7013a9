package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles of call durations, checked by hand. */
class LatencyStatsTest {

  @Test
  void percentilesOfOneToAHundredAreTheirRanks() {
    long[] sorted = LongStream.rangeClosed(1, 100).toArray();
    assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(50);
    assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(99);
    assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(100);
    assertThat(LatencyStats.percentile(sorted, 0.5)).isEqualTo(1); // rank ceil(0.5) = 1
  }

  @Test
  void percentilesRoundTheRankUp() {
    long[] five = {10, 20, 30, 40, 50};
    assertThat(LatencyStats.percentile(five, 50)).isEqualTo(30); // rank ceil(2.5) = 3
    assertThat(LatencyStats.percentile(five, 99)).isEqualTo(50); // rank ceil(4.95) = 5
    assertThat(LatencyStats.percentile(five, 40)).isEqualTo(20); // rank exactly 2
    long[] thousand = LongStream.rangeClosed(1, 1000).toArray();
    assertThat(LatencyStats.percentile(thousand, 99)).isEqualTo(990); // rank 990: ten values above it
  }

  @Test
  void statisticsSortACopyAndConvertToMilliseconds() {
    long[] nanos = {3_000_000, 1_000_000, 250_000, 2_000_000, 1_500_000};
    LatencyStats s = LatencyStats.ofNanos(nanos);
    assertThat(s.calls()).isEqualTo(5);
    assertThat(s.p50()).isEqualTo(1.5); // sorted 0.25, 1, 1.5, 2, 3 ms; rank 3
    assertThat(s.p99()).isEqualTo(3.0);
    assertThat(s.max()).isEqualTo(3.0);
    assertThat(nanos).containsExactly(3_000_000, 1_000_000, 250_000, 2_000_000, 1_500_000);
  }

  @Test
  void oneCallIsEveryPercentile() {
    LatencyStats s = LatencyStats.ofNanos(new long[] {700_000});
    assertThat(s.p50()).isEqualTo(0.7);
    assertThat(s.p99()).isEqualTo(0.7);
    assertThat(s.max()).isEqualTo(0.7);
  }

  @Test
  void noCallsOrDisorderedFiguresAreRefused() {
    assertThatThrownBy(() -> LatencyStats.ofNanos(new long[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latency needs at least one timed call, got 0");
    assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LatencyStats(3, 2, 1, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latency percentiles out of order: p50 2.0, p99 1.0, max 3.0");
  }
}
