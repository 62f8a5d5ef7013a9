package io.sae.runtime.bench;

import java.util.Arrays;

/**
 * Per-call latency of a series of timed calls, in milliseconds. Percentiles are nearest-rank: the p-th
 * percentile of n sorted values is the value at rank {@code ceil(p / 100 * n)} (1-based), so it is always one of
 * the measured values, never an interpolation.
 *
 * @param calls timed calls
 * @param p50 median call
 * @param p99 99th-percentile call
 * @param max slowest call
 */
public record LatencyStats(int calls, double p50, double p99, double max) {
  /** @throws IllegalArgumentException when there are no calls or the percentiles are out of order */
  public LatencyStats {
    if (calls < 1) {
      throw new IllegalArgumentException("latency needs at least one timed call, got " + calls);
    }
    if (!(p50 <= p99 && p99 <= max)) {
      throw new IllegalArgumentException("latency percentiles out of order: p50 " + p50 + ", p99 " + p99 + ", max " + max);
    }
  }

  /** The statistics of call durations in nanoseconds ({@code nanos} is not changed). */
  public static LatencyStats ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("latency needs at least one timed call, got 0");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencyStats(sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
  }

  /**
   * The nearest-rank {@code p}-th percentile of ascending {@code sorted} values.
   *
   * @throws IllegalArgumentException when {@code sorted} is empty or {@code p} is not in (0, 100]
   */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0 || !(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile " + p + " of " + sorted.length + " values");
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
