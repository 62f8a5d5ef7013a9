package io.sae.serve.bench;

import io.sae.api.InvalidInputException;
import java.util.List;

/**
 * What {@link ServeLoad} measures. Every cell (batch size x clients) is bounded by a request count and a time,
 * whichever comes first, so a run always stops by itself.
 *
 * @param batches instances per request
 * @param clients concurrent clients
 * @param requests requests per cell at most (after the warm-up)
 * @param seconds seconds per cell at most
 * @param warmup requests per cell sent first and not counted (JIT, TensorFlow's first runs)
 * @param seed seed of the request values
 */
public record LoadOptions(List<Integer> batches, List<Integer> clients, int requests, double seconds, int warmup, long seed) {
  public LoadOptions {
    batches = List.copyOf(batches);
    clients = List.copyOf(clients);
    if (batches.isEmpty() || clients.isEmpty() || batches.stream().anyMatch(b -> b < 1) || clients.stream().anyMatch(c -> c < 1 || c > 64)) {
      throw new InvalidInputException("--batch needs sizes of at least 1 and --clients counts in 1..64");
    }
    if (requests < 1 || seconds <= 0 || warmup < 0) {
      throw new InvalidInputException("--requests must be at least 1, --seconds positive and --warmup non-negative");
    }
  }

  /** The grid: 1 and 256 instances, 1, 4 and 16 clients, at most 2,000 requests or 20 s per cell. */
  public static LoadOptions defaults() {
    return new LoadOptions(List.of(1, 256), List.of(1, 4, 16), 2000, 20, 50, 1);
  }
}
