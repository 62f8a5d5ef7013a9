package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.lab.Sae;
import io.sae.lab.soak.Soak;
import io.sae.lab.soak.SoakOptions;
import io.sae.lab.soak.SoakResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sae bench soak}: does native memory stay flat over many train/evaluate/export cycles in one JVM? */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = {
      "Check that native memory stays flat over many train, evaluate and export cycles in one JVM.",
      "",
      "Trains, evaluates and exports small MNIST autoencoders one after another, loads each export and encodes with "
          + "it, and prints the resident set size (VmRSS) after each cycle. A Tensor, Graph or Session left open shows "
          + "as growth. The first cycle warms up; the verdict compares the median of the last 10 cycles with that of "
          + "the first 10 after it, since single readings swing by hundreds of MB as the native allocator keeps or "
          + "returns pages.",
    })
public final class BenchSoakCommand implements Callable<Integer> {
  /** Growth of the resident set, last cycle over the warm-up, that the verdict allows. */
  static final double ALLOWED_GROWTH = 0.10;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Measured cycles after the warm-up. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--train-samples", paramLabel = "N", defaultValue = "500", description = "MNIST training samples per run. Default: ${DEFAULT-VALUE}.")
  int trainSamples;

  @Option(names = "--test-samples", paramLabel = "N", defaultValue = "200", description = "MNIST test samples per run. Default: ${DEFAULT-VALUE}.")
  int testSamples;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "2", description = "Epochs per run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--work", paramLabel = "DIR", description = "Folder for the runs and exports (each deleted after its cycle). Default: a temporary folder.")
  Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = work != null ? work : Files.createTempDirectory("sae-soak");
    SoakOptions options = new SoakOptions(runs, trainSamples, testSamples, epochs, dir);
    out.printf(Locale.ROOT, "soak: %d cycles after a warm-up, each: train ae dense:32 latent 2 on %,d MNIST samples for %d epochs, "
        + "evaluate on %,d, export, load the export, encode; JVM %s, %d cores%n", runs, trainSamples, epochs, testSamples,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "%6s %9s %10s %14s %16s %10s%n", "cycle", "seconds", "rss MB", "heap used MB", "heap committed MB", "test rmse");
    out.flush();
    SoakResult r;
    // the runs' own progress lines (run folder, method, data) would bury the table
    try (Sae sae = Sae.over(common.services(new PrintWriter(java.io.Writer.nullWriter())))) {
      r = Soak.run(sae, options, c -> {
        out.printf(Locale.ROOT, "%6s %9.2f %10.1f %14.1f %16.1f %10.4f%n", c.index() == 0 ? "warmup" : String.valueOf(c.index()), c.seconds(),
            c.rssBytes() / 1048576.0, c.heapUsedBytes() / 1048576.0, c.heapCommittedBytes() / 1048576.0, c.testRmse());
        out.flush();
      });
    }
    if (work == null) {
      Files.deleteIfExists(dir);
    }
    double growth = r.growth();
    out.printf(Locale.ROOT, "resident set: %.1f MB after the warm-up, %.1f MB after cycle %d; median of cycles 1-%d %.1f MB, of cycles %d-%d %.1f MB "
        + "(%+.1f%%); at most %.1f MB; least-squares trend %+.2f MB per cycle%n", mb(r.warmup().rssBytes()), mb(r.cycles().getLast().rssBytes()),
        runs, r.window(), mb(r.startRss()), runs - r.window() + 1, runs, mb(r.endRss()), 100 * growth, mb(r.maxRss()),
        mb(r.slopeBytesPerCycle()));
    out.printf(Locale.ROOT, "verdict: %s (allowed: the end's median within %.0f%% of the start's)%n",
        Math.abs(growth) <= ALLOWED_GROWTH ? "flat" : "GREW", 100 * ALLOWED_GROWTH);
    return 0;
  }

  private static double mb(double bytes) {
    return bytes / 1048576.0;
  }
}
