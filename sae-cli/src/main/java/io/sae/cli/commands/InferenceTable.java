package io.sae.cli.commands;

import io.sae.runtime.bench.BatchLatency;
import io.sae.runtime.bench.InferenceLatency;
import io.sae.runtime.bench.ModelForm;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The inference table of {@code sae bench}: one line per preset, model form and batch size, then the 1 ms goal. */
final class InferenceTable {
  /** The goal for the dense preset's single-row encode, in milliseconds. */
  static final double DENSE_SINGLE_ROW_GOAL_MS = 1;
  /** Below this many calls the nearest-rank p99 is the slowest call, printed once as max. */
  static final int MIN_CALLS_FOR_P99 = 100;

  private InferenceTable() {}

  static void print(List<InferenceLatency> latencies, PrintWriter out) {
    out.printf(Locale.ROOT, "%ninference: SaeModel.encode of the MNIST test images, per-call latency in ms%n");
    out.printf(Locale.ROOT, "%-12s %-11s %6s %7s %12s %9s %9s %9s%n", "arch", "model", "batch", "calls", "rows/s", "p50 ms", "p99 ms", "max ms");
    for (InferenceLatency l : latencies) {
      for (BatchLatency b : l.batches()) {
        String p99 = b.latency().calls() >= MIN_CALLS_FOR_P99 ? String.format(Locale.ROOT, "%.3f", b.latency().p99()) : "-";
        out.printf(Locale.ROOT, "%-12s %-11s %6d %7d %,12.0f %9.3f %9s %9.3f%n", l.arch(), l.form().label(), b.batch(), b.latency().calls(),
            b.rowsPerSecond(), b.latency().p50(), p99, b.latency().max());
      }
    }
    for (InferenceLatency l : latencies) {
      if (l.arch().equals("dense") && l.form() == ModelForm.IN_PROCESS) {
        double p50 = l.singleRow().latency().p50();
        out.printf(Locale.ROOT, "dense single-row p50 (in-process) %.3f ms: %s the %.0f ms goal%n", p50,
            p50 < DENSE_SINGLE_ROW_GOAL_MS ? "under" : "NOT under", DENSE_SINGLE_ROW_GOAL_MS);
      }
    }
    out.flush();
  }
}
