package io.sae.serve.bench;

/**
 * One measured cell.
 *
 * @param batch instances per request
 * @param clients concurrent clients
 * @param requests requests answered (after the warm-up)
 * @param failed requests that did not get 200 (or failed to connect)
 * @param seconds wall time of the cell
 * @param p50Millis median latency
 * @param p99Millis 99th-percentile latency
 */
public record LoadCell(int batch, int clients, int requests, int failed, double seconds, double p50Millis, double p99Millis) {
  public double requestsPerSecond() {
    return requests / seconds;
  }

  public double instancesPerSecond() {
    return requests * (double) batch / seconds;
  }
}
