package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.cli.CommonOptions;
import io.sae.cli.DeviceOption;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.bench.BenchJson;
import io.sae.runtime.bench.SideBySide;
import io.sae.runtime.bench.peer.TorchPeer;
import io.sae.tf.device.Precision;
import java.nio.file.Path;
import java.util.Optional;
import io.sae.runtime.bench.ArchThroughput;
import io.sae.runtime.bench.Bench;
import io.sae.runtime.bench.BenchOptions;
import io.sae.runtime.bench.BenchSetup;
import io.sae.runtime.bench.HookEpoch;
import io.sae.runtime.bench.HookMethods;
import io.sae.runtime.bench.HookShare;
import io.sae.runtime.bench.HookStage;
import io.sae.runtime.bench.InferenceLatency;
import io.sae.runtime.bench.InferencePlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
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
      "With --peer, each preset is trained by sae and by its PyTorch peer (peer-torch.py, shipped in the jar: the "
          + "same network, optimizer, loss and batch) in --rounds interleaved rounds, the side that starts alternating, "
          + "and the table gives the medians and their ratio. It needs a Python with torch (python3 or /usr/bin/python3, "
          + "or $SAE_PYTHON; no inference table then); for a fair BLAS give torch the OpenMP OpenBLAS through LD_LIBRARY_PATH (docs/performance.md).",
      "",
      "Then, unless --hook-method is none, each structuring method with an epoch hook trains on the first "
          + "architecture with every sample labelled (MNIST digits), and the tables give the share its host hook "
          + "took (encode + host work, e.g. MDS + Procrustes for sae) of each epoch and of each unit: the epochs "
          + "from one refresh to the next (one epoch for sae, a stage for the shifting autoencoders, which train 1 + E "
          + "epochs in 2 stages so that one real shift is measured). The goal is at most 5%% of every unit.",
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

  @Option(names = "--hook-method", paramLabel = "NAME[,NAME...]|all|none", defaultValue = BenchOptions.ALL_HOOKS,
      description = "Methods whose hook share is measured with every sample labelled: all (every method with an epoch hook), "
          + "a comma-separated list, or none. Default: ${DEFAULT-VALUE}.")
  String hookMethod;

  @Mixin DeviceOption device;

  @Option(names = "--precision", paramLabel = "fp32|bf16", defaultValue = "fp32",
      description = "Precision of the training step: fp32, or bf16 (oneDNN's bfloat16 auto mixed precision, CPU only; "
          + "measured no faster here, see docs/performance.md). Default: ${DEFAULT-VALUE}.")
  String precision;

  @Option(names = "--peer", description = "Train each preset with the PyTorch peer too, in interleaved rounds, and print the ratio.")
  boolean peer;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Rounds of --peer. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the raw results as JSON to FILE.")
  Path json;

  @Option(names = "--inference", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Time SaeModel.encode of each trained preset (batches of 1, 32, 1,024; --no-inference skips it). Default: ${DEFAULT-VALUE}.")
  boolean inference;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!peer && spec.commandLine().getParseResult().hasMatchedOption("--rounds")) {
      throw new InvalidInputException("--rounds needs --peer");
    }
    if (peer && inference && spec.commandLine().getParseResult().hasMatchedOption("--inference")) {
      throw new InvalidInputException("--peer measures training only; --inference is for a run without --peer");
    }
    BenchOptions options = new BenchOptions(archs, epochs, samples, batchSize, latent, hookMethod);
    SaeRuntime runtime = device.applyTo(common.services(out), Precision.parse(precision));
    Bench bench = Bench.prepare(runtime, options);
    BenchSetup setup = bench.setup();
    out.printf(Locale.ROOT, "MNIST, %,d samples per epoch, batch %d, %d epochs, %d cores, JVM %s, %s%n%n", setup.samples(), setup.batchSize(),
        setup.epochs(), setup.cores(), setup.javaVersion(), setup.compute());
    List<ArchThroughput> presets = new ArrayList<>();
    List<InferenceLatency> latencies = new ArrayList<>();
    Optional<SideBySide> sideBySide = Optional.empty();
    Optional<TorchPeer> torch = Optional.empty();
    try {
      if (peer) {
        torch = Optional.of(TorchPeer.find());
        out.printf(Locale.ROOT, "PyTorch peer: %s, LD_LIBRARY_PATH=%s%n", torch.get().python(), TorchPeer.libraryPath());
        out.printf(Locale.ROOT, "%-6s %-6s %-6s %14s %14s %8s %12s %12s%n", "round", "arch", "first", "sae steady/s", "peer steady/s", "ratio",
            "sae RMSE", "peer RMSE");
        out.flush();
        sideBySide = Optional.of(bench.sideBySide(torch.get(), rounds, r -> {
          presets.add(r.sae());
          out.printf(Locale.ROOT, "%-6d %-6s %-6s %,14.0f %,14.0f %7.2fx %12.5f %12.5f%n", r.round(), r.arch(), r.peerFirst() ? "peer" : "sae",
              r.sae().steady(), r.peer().steady(), r.ratio(), r.sae().testRmse(), r.peer().testRmse());
          out.flush();
        }));
        out.printf(Locale.ROOT, "%n%-6s %7s %20s %20s %10s %18s%n", "arch", "rounds", "sae median/s", "peer median/s", "ratio", "round ratios");
        for (SideBySide.Summary s : sideBySide.get().summaries()) {
          out.printf(Locale.ROOT, "%-6s %7d %,20.0f %,20.0f %9.2fx %8.2fx-%.2fx%n", s.arch(), s.rounds(), s.sae(), s.peer(), s.ratio(),
              s.roundRatioMin(), s.roundRatioMax());
        }
      } else {
        out.printf(Locale.ROOT, "%-12s %14s %14s %12s %8s %12s %10s %10s%n", "arch", "first epoch/s", "steady/s", "reference/s", "ratio",
            "encode/s", "test RMSE", "peak RSS");
        for (String arch : options.archs()) {
          ArchThroughput t = bench.throughput(arch);
          presets.add(t);
          out.printf(Locale.ROOT, "%-12s %,14.0f %,14.0f %12s %8s %,12.0f %10.5f %10s%n", t.arch(), t.firstEpoch(), t.steady(),
              t.reference().isEmpty() ? "-" : String.format(Locale.ROOT, "%,.0f", t.reference().getAsDouble()),
              t.percentOfReference().isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f%%", t.percentOfReference().getAsDouble()), t.encode(),
              t.testRmse(), t.peakRssBytes().isEmpty() ? "-" : String.format(Locale.ROOT, "%,d MB", t.peakRssBytes().getAsLong() >> 20));
          out.flush();
          if (inference) {
            latencies.addAll(bench.inference(arch, InferencePlan.DEFAULT));
          }
        }
        if (inference) {
          InferenceTable.print(latencies, out);
        }
      }
      out.println();
      presets.stream().collect(java.util.stream.Collectors.toMap(ArchThroughput::arch, ArchThroughput::devices, (a, b) -> a,
          java.util.LinkedHashMap::new)).forEach((arch, devices) -> out.printf(Locale.ROOT, "ops of a %s training step ran on %s%n", arch, devices));
      List<HookShare> shares = new ArrayList<>();
      HookMethods methods = bench.hookMethods();
      methods.refused().forEach((m, why) -> out.printf(Locale.ROOT, "%nnot measured: method %s refuses the bench's setup: %s%n", m, why));
      for (String method : methods.measured()) {
        shares.add(bench.hookShare(method));
        print(shares.getLast(), out);
      }
      if (!shares.isEmpty()) {
        printSummary(shares, out);
      }
      if (json != null) {
        BenchJson.write(json, setup, presets, latencies, sideBySide, torch);
        out.printf(Locale.ROOT, "%nraw results: %s%n", json);
      }
    } finally {
      if (torch.isPresent()) {
        torch.get().close();
      }
    }
    return 0;
  }

  private static void print(HookShare h, PrintWriter out) {
    out.printf(Locale.ROOT, "%nhook of method %s on %s, %,d labelled samples (%s), unit: %s%n", h.method(), h.arch(), h.samples(),
        h.settings().isEmpty() ? "defaults of the method" : "defaults but " + new TreeMap<>(h.settings()), h.unit());
    out.printf(Locale.ROOT, "%-6s %12s %12s %10s  %s%n", "epoch", "hook s", "train s", "hook share", "parts the hook timed (s)");
    for (HookEpoch m : h.epochs()) {
      StringBuilder parts = new StringBuilder();
      m.parts().forEach((k, v) -> parts.append(String.format(Locale.ROOT, " %s %.3f", k.replace("_seconds", ""), v)));
      out.printf(Locale.ROOT, "%-6d %12.3f %12.3f %9.1f%% %s%n", m.epoch(), m.hookSeconds(), m.trainSeconds(), m.hookPercent(), parts);
    }
    out.printf(Locale.ROOT, "%-6s %12.3f %12.3f %9.1f%%%n", "all", h.hookSeconds(), h.totalSeconds() - h.hookSeconds(), h.hookPercent());
    if (h.unit().equals("stage")) {
      out.printf(Locale.ROOT, "%-6s %-8s %12s %12s %10s%n", "stage", "epochs", "hook s", "train s", "hook share");
      List<HookStage> stages = h.stages();
      for (int s = 0; s < stages.size(); s++) {
        HookStage st = stages.get(s);
        out.printf(Locale.ROOT, "%-6d %-8s %12.3f %12.3f %9.1f%%%n", s, st.firstEpoch() + "-" + (st.firstEpoch() + st.epochs() - 1),
            st.hookSeconds(), st.trainSeconds(), st.hookPercent());
      }
    }
    out.flush();
  }

  private static void printSummary(List<HookShare> shares, PrintWriter out) {
    out.printf(Locale.ROOT, "%nhost work of the hooks, share of each unit (the epochs from one refresh to the next), goal <= %.0f%%%n",
        HookShare.LIMIT_PERCENT);
    out.printf(Locale.ROOT, "%-16s %-6s %10s %10s %10s %10s  %s%n", "method", "unit", "hook s", "train s", "max share", "overall", "<= 5%");
    for (HookShare h : shares) {
      out.printf(Locale.ROOT, "%-16s %-6s %10.3f %10.3f %9.1f%% %9.1f%%  %s%n", h.method(), h.unit(), h.hookSeconds(),
          h.totalSeconds() - h.hookSeconds(), h.maxStagePercent(), h.hookPercent(), h.withinLimit() ? "yes" : "no");
    }
    out.flush();
  }
}
