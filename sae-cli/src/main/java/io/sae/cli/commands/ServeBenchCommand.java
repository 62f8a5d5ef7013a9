package io.sae.cli.commands;

import io.sae.serve.ModelArgs;
import io.sae.serve.ServedModel;
import io.sae.serve.ServerOptions;
import io.sae.serve.bench.LoadCell;
import io.sae.serve.bench.LoadOptions;
import io.sae.serve.bench.ServeLoad;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import io.sae.cli.CommonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae bench serve}: a bounded loopback load test of {@code sae serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Load-test 'sae serve' on loopback and print requests/s and latency per batch size and client count.",
      "",
      "Starts a server on 127.0.0.1 with one model and sends serving_default predict calls of each batch size from "
          + "each number of concurrent clients (each waits for its answer before the next call), then prints "
          + "requests/s, instances/s, p50/p99 latency and failed calls per cell. Each cell stops after --requests "
          + "calls or --seconds, whichever comes first. Exit code 1 when any call failed.",
    })
public final class ServeBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN|EXPORT", description = "The model to serve.")
  String model;

  @Option(names = "--batch", split = ",", paramLabel = "N", defaultValue = "1,256", description = "Instances per call. Default: ${DEFAULT-VALUE}.")
  List<Integer> batches;

  @Option(names = "--clients", split = ",", paramLabel = "N", defaultValue = "1,4,16", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
  List<Integer> clients;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "2000", description = "Calls per cell at most. Default: ${DEFAULT-VALUE}.")
  int requests;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "Seconds per cell at most. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "50", description = "Uncounted calls before each cell. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--workers", paramLabel = "N", description = "Server inference threads. Default: one per core.")
  Integer workers;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the request values. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LoadOptions options = new LoadOptions(batches, clients, requests, seconds, warmup, seed);
    ServerOptions defaults = ServerOptions.defaults(0);
    ServerOptions server = defaults.withWorkers(workers == null ? defaults.workers() : workers, ServerOptions.DEFAULT_QUEUE);
    ModelArgs.Arg arg = ModelArgs.parse(model);
    ServedModel served = ServedModel.load(arg.name(), arg.path(), common.services(out).pluginPath().loader());
    out.printf(Locale.ROOT, "sae serve load test: model %s (%s), %d server workers, queue %d, %d cores, JVM %s, loopback%n",
        served.name(), served.path(), server.workers(), server.queue(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    out.printf(Locale.ROOT, "each cell: at most %d calls or %.0f s after %d warm-up calls; serving_default, seeded values%n",
        requests, seconds, warmup);
    out.println(ServeLoad.header());
    out.flush();
    List<LoadCell> cells = ServeLoad.run(served, server, options, line -> {
      out.println(line);
      out.flush();
    });
    int failed = cells.stream().mapToInt(LoadCell::failed).sum();
    out.printf(Locale.ROOT, "failed calls: %d%n", failed);
    return failed == 0 ? 0 : 1;
  }
}
