package io.sae.serve;

import io.sae.api.InvalidInputException;

/**
 * How {@link SaeServer} listens and queues.
 *
 * @param host address to bind: 127.0.0.1 by default, so only this machine reaches the server (the explorer has
 *     no authentication)
 * @param port TCP port, 0 for any free one
 * @param workers inference threads: requests run in parallel on the thread-safe models
 * @param queue requests that may wait for a worker; one more is answered 503 at once
 * @param maxBodyBytes largest request body accepted; a larger one is answered 413
 * @param drainSeconds how long a stop waits for accepted requests to finish
 */
public record ServerOptions(String host, int port, int workers, int queue, long maxBodyBytes, int drainSeconds) {
  public static final String LOOPBACK = "127.0.0.1";
  /** TF Serving's default REST port. */
  public static final int DEFAULT_PORT = 8501;
  public static final int DEFAULT_QUEUE = 64;
  /** 32 MiB: about 5,000 MNIST instances as JSON. */
  public static final long DEFAULT_MAX_BODY = 32L << 20;
  public static final int DEFAULT_DRAIN_SECONDS = 30;

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new InvalidInputException("--port must be in 0..65535, got " + port);
    }
    if (workers < 1 || queue < 0) {
      throw new InvalidInputException("--workers must be at least 1 and --queue at least 0, got " + workers + " and " + queue);
    }
    if (maxBodyBytes < 1 || drainSeconds < 0) {
      throw new InvalidInputException("--max-body must be positive and the drain time non-negative");
    }
  }

  /** Loopback, the given port, one worker per core, the default queue, body limit and drain time. */
  public static ServerOptions defaults(int port) {
    return new ServerOptions(LOOPBACK, port, Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, DEFAULT_MAX_BODY, DEFAULT_DRAIN_SECONDS);
  }

  /** The same options with another bind address. */
  public ServerOptions withHost(String h) { return new ServerOptions(h, port, workers, queue, maxBodyBytes, drainSeconds); }

  /** The same options on a port the system picks. */
  public ServerOptions withPortZero() { return new ServerOptions(host, 0, workers, queue, maxBodyBytes, drainSeconds); }

  /** The same options with {@code w} inference threads and {@code q} queue places. */
  public ServerOptions withWorkers(int w, int q) { return new ServerOptions(host, port, w, q, maxBodyBytes, drainSeconds); }

  /** The same options with another body limit. */
  public ServerOptions withMaxBodyBytes(long b) { return new ServerOptions(host, port, workers, queue, b, drainSeconds); }

  /** The same options with another drain time. */
  public ServerOptions withDrainSeconds(int s) { return new ServerOptions(host, port, workers, queue, maxBodyBytes, s); }
}
