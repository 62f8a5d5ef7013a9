package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import io.sae.lab.sample.PriorSamples;
import io.sae.lab.sample.PriorSamples.Select;
import io.sae.eval.plot.ImageGrid;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
      "--class C: lambda-hot-vae draws from N(lambda * e_C, I); cvae draws from N(0, I) with C as the decoder's",
      "label. --cluster K: kmeans-vae draws from N(centre K, I) (the centres saved with the run's last",
      "checkpoint). Without either: one row per class (lambda-hot-vae, cvae) or cluster (kmeans-vae), or one",
      "row from N(0, I) (vae, beta-vae). An option that does not fit the run's method is an error.",
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
    if (count < 1 || count > 1000) {
      throw new InvalidInputException("--count must be in 1..1000, got " + count);
    }
    if (className != null && cluster != null) {
      throw new InvalidInputException("give --class or --cluster, not both");
    }
    PrintWriter log = spec.commandLine().getOut();
    SaeRuntime services = common.services(log);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      PriorSamples samples = new PriorSamples(run, services);
      long s = seed != null ? seed : run.config().seed();
      List<FloatMatrix> rows;
      String what;
      String name;
      if (className != null) {
        int c = MorphCommand.classIndex(run.config().facts().classNames(), className);
        rows = List.of(samples.draw(Select.CLASS, c, count, s));
        what = "class " + className;
        name = "samples-class-" + className.replaceAll("[^A-Za-z0-9_-]", "_");
      } else if (cluster != null) {
        rows = List.of(samples.draw(Select.CLUSTER, cluster, count, s));
        what = "cluster " + cluster;
        name = "samples-cluster-" + cluster;
      } else {
        Select select = samples.natural();
        rows = samples.drawAll(select, count, s);
        what = switch (select) {
          case CLASS -> "one row per class";
          case CLUSTER -> "one row per cluster";
          case NONE -> "N(0, I)";
        };
        name = "samples";
      }
      int width = rows.getFirst().cols();
      float[] tiles = new float[rows.size() * count * width];
      for (int r = 0; r < rows.size(); r++) {
        System.arraycopy(rows.get(r).data(), 0, tiles, r * count * width, count * width);
      }
      Path png = out != null ? out : run.dir().path().resolve(name + ".png");
      ImageGrid.write(png, new FloatMatrix(rows.size() * count, width, tiles), run.config().facts().sampleShape(), count, 2);
      log.printf("wrote %s: %d x %d samples (%s), noise seed %d%n", png, rows.size(), count, what, s);
    }
    return 0;
  }
}
