package io.sae.runtime.bench;

import java.util.List;

/**
 * Encoding latency and throughput of one trained preset in one model form.
 *
 * @param arch the architecture spec
 * @param form the {@code SaeModel} implementation measured
 * @param batches one entry per batch size, in {@link InferencePlan#batches()} order
 */
public record InferenceLatency(String arch, ModelForm form, List<BatchLatency> batches) {
  /** Keeps an unmodifiable copy of the batches. */
  public InferenceLatency {
    batches = List.copyOf(batches);
  }

  /** The single-row measurement. */
  public BatchLatency singleRow() {
    return batches.stream().filter(b -> b.batch() == 1).findFirst()
        .orElseThrow(() -> new IllegalStateException("no single-row measurement for " + arch));
  }
}
