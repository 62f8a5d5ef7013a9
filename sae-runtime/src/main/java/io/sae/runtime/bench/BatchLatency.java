package io.sae.runtime.bench;

/**
 * {@code SaeModel.encode} called with batches of one size.
 *
 * @param batch rows per call
 * @param rowsPerSecond timed rows over the summed time of the timed calls
 * @param latency per-call latency of the timed calls
 */
public record BatchLatency(int batch, double rowsPerSecond, LatencyStats latency) {}
