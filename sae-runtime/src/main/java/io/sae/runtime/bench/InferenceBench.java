package io.sae.runtime.bench;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@link SaeModel#encode} as an embedding service sees it: {@link System#nanoTime()} around the public
 * call only, the input matrix built before the clock starts. Rows come from a fixed matrix in a fixed order (call
 * {@code i} of batch {@code b} takes the contiguous rows from {@code i * b} modulo the rows that leave room for a
 * whole batch), so two runs feed the same inputs.
 */
public final class InferenceBench {
  private InferenceBench() {}

  /**
   * Measures every batch size of {@code plan} on {@code model}.
   *
   * @param rows the inputs; at least as many rows as the largest batch
   * @throws IllegalArgumentException when {@code rows} has fewer rows than the largest batch
   * @throws IllegalStateException when {@code encode} returns a different number of rows than it was given
   */
  public static InferenceLatency measure(String arch, ModelForm form, SaeModel model, FloatMatrix rows, InferencePlan plan) {
    int largest = plan.batches().stream().mapToInt(Integer::intValue).max().orElseThrow();
    if (rows.rows() < largest) {
      throw new IllegalArgumentException("inference bench needs at least " + largest + " rows, got " + rows.rows());
    }
    List<BatchLatency> out = new ArrayList<>();
    for (int batch : plan.batches()) {
      run(model, rows, batch, plan.warmUpCalls(batch));
      long[] nanos = run(model, rows, batch, plan.timedCalls(batch));
      long total = 0;
      for (long n : nanos) {
        total += n;
      }
      out.add(new BatchLatency(batch, (double) nanos.length * batch / (total / 1e9), LatencyStats.ofNanos(nanos)));
    }
    return new InferenceLatency(arch, form, out);
  }

  /** Durations of {@code calls} encode calls of {@code batch} rows each. */
  private static long[] run(SaeModel model, FloatMatrix rows, int batch, int calls) {
    long[] nanos = new long[calls];
    int starts = rows.rows() - batch + 1;
    for (int i = 0; i < calls; i++) {
      int from = (int) ((long) i * batch % starts);
      FloatMatrix x = rows.rowRange(from, from + batch);
      long t0 = System.nanoTime();
      FloatMatrix z = model.encode(x);
      nanos[i] = System.nanoTime() - t0;
      if (z.rows() != batch) {
        throw new IllegalStateException("encode of " + batch + " rows returned " + z.rows());
      }
    }
    return nanos;
  }
}
