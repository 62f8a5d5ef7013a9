package io.sae.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.io.AtomicFiles;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.clustering.KMeansScores;
import io.sae.eval.metrics.Silhouette;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
      "Cluster the latent codes of a run's test (or training) split with k-means (k-means++ seeded, then Lloyd)",
      "and print clustering accuracy (best one-to-one cluster-to-class map, Hungarian method), NMI",
      "(mutual information over the square root of the entropies) and the mean silhouette.",
      "--on inputs clusters the raw inputs instead (the 'No AE' baseline). Writes cluster-SPLIT[-inputs].json",
      "into the run folder.",
    })
public final class ClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

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
    if (!on.equals("latents") && !on.equals("inputs")) {
      throw new InvalidInputException("--on must be latents or inputs, got '" + on + "'");
    }
    SaeRuntime services = common.services(out);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      PreparedData data = run.config().data().prepare(services);
      Dataset d = switch (split) {
        case "train" -> data.fullTrain();
        case "test" -> data.test();
        default -> throw new InvalidInputException("--split must be train or test, got '" + split + "'");
      };
      int clusters = k != null ? k : d.classCount();
      if (clusters < 2 || clusters > d.size()) {
        throw new InvalidInputException("--k must be in [2, " + d.size() + "] (the " + split + " split has " + d.size() + " samples), got " + clusters);
      }
      long s = seed != null ? seed : run.config().seed();
      FloatMatrix x = on.equals("inputs") ? d.features() : run.model().encode(d.features());
      long t0 = System.nanoTime();
      int silRows = silhouetteRows != null ? silhouetteRows : Silhouette.defaultMaxRows(x.cols());
      KMeansScores r = KMeansScores.compute(x, d.labels(), clusters, s, iterations, silRows, restarts);
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "k-means on the %s %s (%,d x %d), k = %d, seed %d, best of %d: %d iterations%s, %.1f s%n", split, on, x.rows(), x.cols(),
          clusters, s, restarts, r.iterations(), r.converged() ? "" : " (not converged)", seconds);
      out.printf(Locale.ROOT, "ACC         %.4f%n", r.accuracy());
      out.printf(Locale.ROOT, "NMI         %.4f%n", r.nmi());
      out.printf(Locale.ROOT, "silhouette  %.4f%s%n", r.silhouette(), r.silhouetteRows() < x.rows() ? " (on " + r.silhouetteRows() + " sampled rows)" : "");
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("split", split);
      json.put("on", on);
      json.put("k", clusters);
      json.put("seed", s);
      json.put("restarts", restarts);
      json.put("samples", r.samples());
      json.put("accuracy", finiteOrNull(r.accuracy()));
      json.put("nmi", finiteOrNull(r.nmi()));
      json.put("silhouette", r.silhouette());
      json.put("silhouette_rows", r.silhouetteRows());
      json.put("kmeans_iterations", r.iterations());
      json.put("kmeans_converged", r.converged());
      json.put("kmeans_inertia", r.inertia());
      Path file = run.dir().path().resolve("cluster-" + split + (on.equals("inputs") ? "-inputs" : "") + ".json");
      AtomicFiles.write(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json));
      out.printf("wrote %s%n", file);
    }
    return 0;
  }

  private static Double finiteOrNull(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
