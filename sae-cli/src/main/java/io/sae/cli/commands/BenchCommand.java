package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.runtime.bench.ArchThroughput;
import io.sae.runtime.bench.Bench;
import io.sae.runtime.bench.BenchOptions;
import io.sae.runtime.bench.BenchSetup;
import io.sae.runtime.bench.HookEpoch;
import io.sae.runtime.bench.HookShare;
import io.sae.runtime.bench.InferenceLatency;
import io.sae.runtime.bench.InferencePlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sae bench}: training and encoding throughput of the MNIST presets. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {ServeBenchCommand.class, BenchSoakCommand.class},
    description = {
      "Measure training and encoding throughput of the MNIST autoencoder presets.",
      "",
      "Training throughput is samples/s of the mini-batch loop (Adam included), encoding throughput that "
          + "of the trained model on the 10,000 test images. The first epoch warms up and is reported apart; the "
          + "steady figure is the mean of the later epochs. Figures measured on this project's 2-core "
          + "machine are in docs/performance.md.",
      "",
      "Then, unless --hook-method is none, a structuring method trains on the first architecture with "
          + "every sample labelled (MNIST digits), and the table gives the share of each epoch its host hook "
          + "took (encode + host work, e.g. MDS + Procrustes for sae).",
      "",
      "The inference table (unless --no-inference) times SaeModel.encode of each trained preset on the MNIST "
          + "test images in order, in batches of 1, 32 and 1,024 rows: after warm-up calls covering 2,048 rows, "
          + "5,000 single-row calls and calls covering 51,200 rows for the larger batches; rows/s over the timed "
          + "calls and per-call latency percentiles (nearest rank; p99 only with at least 100 calls). It measures "
          + "the in-process model and the same weights exported as a SavedModel and loaded back.",
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--arch", split = ",", paramLabel = "SPEC", defaultValue = "dense,conv", description = "Architectures. Default: ${DEFAULT-VALUE}.")
  List<String> archs;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "4", description = "Epochs per architecture (>= 2). Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "60000", description = "Training samples per epoch. Default: ${DEFAULT-VALUE}.")
  int samples;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "128", description = "Mini-batch size. Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(names = "--latent", paramLabel = "D", defaultValue = "10", description = "Latent dimension. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--hook-method", paramLabel = "NAME", defaultValue = "sae",
      description = "Method whose per-epoch hook share is measured with every sample labelled; none skips it. Default: ${DEFAULT-VALUE}.")
  String hookMethod;

  @Option(names = "--inference", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Time SaeModel.encode of each trained preset (batches of 1, 32, 1,024; --no-inference skips it). Default: ${DEFAULT-VALUE}.")
  boolean inference;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    BenchOptions options = new BenchOptions(archs, epochs, samples, batchSize, latent, hookMethod);
    Bench bench = Bench.prepare(common.services(out), options);
    BenchSetup setup = bench.setup();
    out.printf(Locale.ROOT, "MNIST, %,d samples per epoch, batch %d, %d epochs, %d cores, JVM %s%n%n", setup.samples(), setup.batchSize(),
        setup.epochs(), setup.cores(), setup.javaVersion());
    out.printf(Locale.ROOT, "%-12s %14s %14s %12s %10s %16s%n", "arch", "first epoch/s", "steady/s", "reference/s", "ratio", "encode/s");
    List<InferenceLatency> latencies = new ArrayList<>();
    for (String arch : options.archs()) {
      ArchThroughput t = bench.throughput(arch);
      out.printf(Locale.ROOT, "%-12s %,14.0f %,14.0f %12s %10s %,16.0f%n", t.arch(), t.firstEpoch(), t.steady(),
          t.reference().isEmpty() ? "-" : String.format(Locale.ROOT, "%,.0f", t.reference().getAsDouble()),
          t.percentOfReference().isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f%%", t.percentOfReference().getAsDouble()), t.encode());
      out.flush();
      if (inference) {
        latencies.addAll(bench.inference(arch, InferencePlan.DEFAULT));
      }
    }
    if (inference) {
      InferenceTable.print(latencies, out);
    }
    if (options.measuresHook()) {
      print(bench.hookShare(), out);
    }
    return 0;
  }

  private static void print(HookShare h, PrintWriter out) {
    out.printf(Locale.ROOT, "%nhook of method %s on %s, %,d labelled samples (defaults of the method)%n", h.method(), h.arch(), h.samples());
    out.printf(Locale.ROOT, "%-6s %12s %12s %10s%n", "epoch", "hook s", "train s", "hook share");
    for (HookEpoch m : h.epochs()) {
      out.printf(Locale.ROOT, "%-6d %12.3f %12.3f %9.1f%%%n", m.epoch(), m.hookSeconds(), m.trainSeconds(), m.hookPercent());
    }
    out.printf(Locale.ROOT, "%-6s %12.3f %12.3f %9.1f%%%n", "all", h.hookSeconds(), h.totalSeconds() - h.hookSeconds(), h.hookPercent());
    out.flush();
  }
}
