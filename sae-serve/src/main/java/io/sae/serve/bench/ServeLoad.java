package io.sae.serve.bench;

import io.sae.serve.ModelSet;
import io.sae.serve.SaeServer;
import io.sae.serve.ServedModel;
import io.sae.serve.ServerOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The load test of {@code sae bench serve}: starts a server on loopback (127.0.0.1, port chosen by the system) with
 * one model, and for each batch size and client count sends {@code serving_default} predict calls from that many
 * client threads, each waiting for its answer before sending the next (closed loop), until the cell's request
 * count or time is reached. Requests carry seeded uniform values in [0, 1). Only loopback is ever addressed.
 */
public final class ServeLoad {
  private ServeLoad() {}

  /**
   * Runs the grid on {@code model} (which the server closes at the end).
   *
   * @param server how the server under test runs (its host is forced to loopback)
   * @param progress receives one line per finished cell
   */
  public static List<LoadCell> run(ServedModel model, ServerOptions server, LoadOptions options, Consumer<String> progress)
      throws IOException, InterruptedException {
    int width = model.model().info().architecture().inputSize();
    List<LoadCell> cells = new ArrayList<>();
    try (SaeServer s = SaeServer.start(new ModelSet(List.of(model)), List.of(), server.withHost(ServerOptions.LOOPBACK).withPortZero())) {
      String url = "http://127.0.0.1:" + s.port() + "/v1/models/" + model.name() + ":predict";
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int batch : options.batches()) {
        String body = body(batch, width, new Random(options.seed()));
        for (int clients : options.clients()) {
          LoadCell c = cell(http, url, body, batch, clients, options);
          cells.add(c);
          progress.accept(format(c));
        }
      }
    }
    return cells;
  }

  private static LoadCell cell(HttpClient http, String url, String body, int batch, int clients, LoadOptions o)
      throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      // warm-up, not counted
      AtomicInteger warm = new AtomicInteger(o.warmup());
      runClients(pool, clients, () -> warm.getAndDecrement() > 0, http, request, new long[0], new AtomicInteger(), new AtomicInteger());
      long[] latencies = new long[o.requests()];
      AtomicInteger next = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      long deadline = System.nanoTime() + (long) (o.seconds() * 1e9);
      long start = System.nanoTime();
      int done = runClients(pool, clients, () -> System.nanoTime() < deadline, http, request, latencies, next, failed);
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] sorted = Arrays.copyOf(latencies, done);
      Arrays.sort(sorted);
      return new LoadCell(batch, clients, done, failed.get(), seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each client sends calls while {@code more} says so and a latency slot is free; returns how many were answered. */
  private static int runClients(ExecutorService pool, int clients, java.util.function.BooleanSupplier more, HttpClient http,
      HttpRequest request, long[] latencies, AtomicInteger next, AtomicInteger failed) throws InterruptedException {
    boolean counted = latencies.length > 0;
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        while (more.getAsBoolean()) {
          int slot = counted ? next.getAndIncrement() : -1;
          if (counted && slot >= latencies.length) {
            return null;
          }
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
              failed.incrementAndGet();
            }
          } catch (IOException e) {
            failed.incrementAndGet();
          }
          if (counted) {
            latencies[slot] = System.nanoTime() - t0;
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a load-test client failed: " + e.getCause(), e.getCause());
      }
    }
    return counted ? Math.min(next.get(), latencies.length) : 0;
  }

  private static double percentile(long[] sortedNanos, double q) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sortedNanos.length) - 1; // nearest rank
    return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
  }

  private static String body(int batch, int width, Random random) {
    StringBuilder b = new StringBuilder(batch * width * 8).append("{\"instances\": [");
    for (int i = 0; i < batch; i++) {
      b.append(i == 0 ? "[" : ", [");
      for (int j = 0; j < width; j++) {
        if (j > 0) {
          b.append(", ");
        }
        b.append(String.format(Locale.ROOT, "%.4f", random.nextFloat()));
      }
      b.append(']');
    }
    return b.append("]}").toString();
  }

  /** The header of {@link #format}'s table. */
  public static String header() {
    return String.format(Locale.ROOT, "%6s %8s %9s %7s %10s %12s %9s %9s", "batch", "clients", "requests", "failed", "requests/s",
        "instances/s", "p50 ms", "p99 ms");
  }

  /** One table row. */
  public static String format(LoadCell c) {
    return String.format(Locale.ROOT, "%6d %8d %9d %7d %10.1f %12.0f %9.2f %9.2f", c.batch(), c.clients(), c.requests(), c.failed(),
        c.requestsPerSecond(), c.instancesPerSecond(), c.p50Millis(), c.p99Millis());
  }
}
