package io.sae.lab.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.AtomicFiles;
import io.sae.eval.clustering.KMeansScores;
import io.sae.eval.metrics.Silhouette;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunLock;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Paper 002's clustering evaluation of a run: k-means on the latent codes (or raw inputs) of a split, scored with
 * clustering accuracy (Hungarian method), NMI and the mean silhouette. The result is written into the run folder
 * as {@code cluster-SPLIT[-inputs].json}, the file {@code sae cluster} writes.
 */
public final class Clustering {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Clustering() {}

  /** The result file's name for this split and feature space, e.g. {@code cluster-test.json}. */
  public static String fileName(Split split, FeatureSpace on) {
    return "cluster-" + split.text() + on.fileSuffix() + ".json";
  }

  /**
   * Clusters a split of {@code data} and writes the result file into {@code run}'s folder.
   *
   * @param run the run whose model encodes the samples (any {@link OpenRun}: a completed run, or one built from a checkpoint)
   * @param data the run's prepared data ({@code run.config().prepareData(runtime)})
   * @throws InvalidInputException when k does not fit the split
   */
  public static ClusterResult run(OpenRun run, PreparedData data, ClusterOptions options) throws IOException {
    // one writer per run folder: a training or another evaluation of the same run waits its turn
    try (RunLock lock = RunLock.acquire(run.dir().path(), "run folder", "clustering")) {
      return runLocked(run, data, options);
    }
  }

  private static ClusterResult runLocked(OpenRun run, PreparedData data, ClusterOptions options) throws IOException {
    Dataset d = options.split().of(data);
    int clusters = options.k().orElse(d.classCount());
    if (clusters < 2 || clusters > d.size()) {
      throw new InvalidInputException("--k must be in [2, " + d.size() + "] (the " + options.split().text() + " split has " + d.size()
          + " samples), got " + clusters);
    }
    long seed = options.seed().orElse(run.config().seed());
    FloatMatrix x = options.on().of(run, d.features());
    long t0 = System.nanoTime();
    int silRows = options.silhouetteRows().orElse(Silhouette.defaultMaxRows(x.cols()));
    KMeansScores r = KMeansScores.compute(x, d.labels(), clusters, seed, options.iterations(), silRows, options.restarts());
    double seconds = (System.nanoTime() - t0) / 1e9;
    Path file = run.dir().path().resolve(fileName(options.split(), options.on()));
    ClusterResult result = new ClusterResult(options.split(), options.on(), clusters, seed, options.restarts(), r.samples(), x.cols(), r.accuracy(),
        r.nmi(), r.silhouette(), r.silhouetteRows(), r.iterations(), r.converged(), r.inertia(), seconds, file);
    AtomicFiles.write(file, JSON.writeValueAsBytes(result.toJson()));
    return result;
  }
}
