package io.sae.lab.soak;

import java.util.List;

/**
 * The resident memory after every cycle of a soak.
 *
 * @param warmup the cycle before the measured ones (TensorFlow's one-time allocations happen in it)
 * @param cycles the measured cycles, in order
 */
public record SoakResult(Soak.Cycle warmup, List<Soak.Cycle> cycles) {
  public SoakResult {
    cycles = List.copyOf(cycles);
  }

  /** Cycles compared at each end of the soak by {@link #growth()}. */
  public int window() {
    return Math.max(1, Math.min(10, cycles.size() / 3));
  }

  /** Median resident set size of the first {@link #window()} measured cycles (right after the warm-up). */
  public long startRss() {
    return median(cycles.subList(0, window()));
  }

  /** Median resident set size of the last {@link #window()} cycles. */
  public long endRss() {
    return median(cycles.subList(cycles.size() - window(), cycles.size()));
  }

  /**
   * The end's median resident set over the start's, minus 1 (0.05 = 5% growth). Medians of a window, not single
   * readings: the resident set of consecutive cycles differs by up to a few hundred MB as the native allocator
   * keeps or returns freed pages, which would decide a comparison of two single readings by chance. A leak moves
   * every reading, so it moves the medians.
   */
  public double growth() {
    return (double) endRss() / startRss() - 1;
  }

  private static long median(List<Soak.Cycle> c) {
    long[] v = c.stream().mapToLong(Soak.Cycle::rssBytes).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Least-squares slope of the resident set size over the measured cycles, in bytes per cycle. */
  public double slopeBytesPerCycle() {
    int n = cycles.size();
    double mx = (n - 1) / 2.0;
    double my = cycles.stream().mapToLong(Soak.Cycle::rssBytes).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (i - mx) * (cycles.get(i).rssBytes() - my);
      sxx += (i - mx) * (i - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }

  /** The largest resident set size seen after a measured cycle. */
  public long maxRss() {
    return cycles.stream().mapToLong(Soak.Cycle::rssBytes).max().orElse(0);
  }
}
