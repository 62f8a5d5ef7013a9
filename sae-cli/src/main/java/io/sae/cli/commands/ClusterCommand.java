package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.lab.cluster.ClusterOptions;
import io.sae.lab.cluster.ClusterResult;
import io.sae.lab.cluster.Clustering;
import io.sae.lab.cluster.FeatureSpace;
import io.sae.lab.cluster.Split;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae cluster}: k-means on a run's latents, scored with ACC, NMI and silhouette (paper 002). */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster a run's latent codes with k-means and print accuracy, NMI and silhouette.",
      "",
      "Cluster the latent codes of a run's test (or training) split with k-means (k-means++ seeded, then "
          + "Lloyd) and print clustering accuracy (best one-to-one cluster-to-class map, Hungarian method), NMI "
          + "(mutual information over the square root of the entropies) and the mean silhouette. --on inputs "
          + "clusters the raw inputs instead (the 'No AE' baseline). Writes cluster-SPLIT[-inputs].json into the "
          + "run folder.",
    })
public final class ClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test", description = "test or train. Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = "--on", paramLabel = "WHAT", defaultValue = "latents", description = "latents or inputs. Default: ${DEFAULT-VALUE}.")
  String on;

  @Option(names = "--k", paramLabel = "K", description = "Number of clusters. Default: the number of classes.")
  Integer k;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of k-means++ and of the silhouette subsample. Default: the run's seed.")
  Long seed;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "300", description = "Most Lloyd iterations. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(names = "--restarts", paramLabel = "N", defaultValue = "10",
      description = "k-means++ runs (seeds SEED, SEED+1, ...); the lowest-inertia one is scored, as scikit-learn's n_init. Default: ${DEFAULT-VALUE}.")
  int restarts;

  @Option(names = "--silhouette-rows", paramLabel = "N",
      description = "Silhouette computed exactly on at most this many rows (a seeded subsample beyond). "
          + "Default: sqrt(10^9 / d) between 1,000 and 10,000 (10,000 for d = 10, 1,129 for 784 pixels).")
  Integer silhouetteRows;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    FeatureSpace features = FeatureSpace.parse(on); // checked before the run is opened
    ClusterOptions options = new ClusterOptions(Split.parse(split), features, k == null ? OptionalInt.empty() : OptionalInt.of(k),
        seed == null ? OptionalLong.empty() : OptionalLong.of(seed), iterations, restarts,
        silhouetteRows == null ? OptionalInt.empty() : OptionalInt.of(silhouetteRows));
    SaeRuntime services = dataChange.applyTo(common.services(out));
    try (OpenRun run = OpenRun.open(services, runPath)) {
      ClusterResult r = Clustering.run(run, run.config().prepareData(services), options);
      r.summary().forEach(out::println);
      out.printf("wrote %s%n", r.file());
    }
    return 0;
  }
}
