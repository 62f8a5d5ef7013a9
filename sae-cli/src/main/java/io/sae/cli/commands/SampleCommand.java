package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.lab.sample.SampleGrid;
import io.sae.lab.sample.SampleOptions;
import io.sae.lab.sample.SampleResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae sample}: decodes draws from a variational run's prior as a PNG grid (paper 004, Figs. 4-6). */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Draw latents from a variational run's prior, decode them and write a PNG grid.",
      "",
      "--class C: lambda-hot-vae draws from N(lambda * e_C, I); cvae draws from N(0, I) with C as the "
          + "decoder's label. --cluster K: kmeans-vae draws from N(centre K, I) (the centres saved with the "
          + "run's last checkpoint). Without either: one row per class (lambda-hot-vae, cvae) or cluster "
          + "(kmeans-vae), or one row from N(0, I) (vae, beta-vae). An option that does not fit the run's method "
          + "is an error.",
    })
public final class SampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN", description = "Run folder of a variational method.")
  Path runPath;

  @Option(names = "--class", paramLabel = "CLASS", description = "Class (after grouping) to draw from.")
  String className;

  @Option(names = "--cluster", paramLabel = "K", description = "k-means cluster (0-based) to draw from (kmeans-vae).")
  Integer cluster;

  @Option(names = "--count", defaultValue = "16", paramLabel = "N", description = "Samples per row. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the noise (default: the run's seed).")
  Long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "PNG to write (default: RUN/samples[-class-C|-cluster-K].png).")
  Path out;

  @Override
  public Integer call() throws Exception {
    SampleOptions options = new SampleOptions(className, cluster, count, seed, out);
    PrintWriter log = spec.commandLine().getOut();
    SampleResult r = SampleGrid.draw(common.services(log), runPath, options);
    log.printf("wrote %s: %d x %d samples (%s), noise seed %d%n", r.png(), r.rows().size(), r.count(), r.description(), r.seed());
    return 0;
  }
}
