package io.sae.spark.executor;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LatentSimilarity;
import io.sae.api.model.SaeModel;
import io.sae.lab.Sae;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.runtime.run.RunDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What tasks share within one executor JVM: the models ({@link SaeModel}, thread-safe, so the executor's concurrent
 * tasks use one instance), the library ({@link Sae}) and paper 003's similarity of a run. Each is loaded lazily on first
 * use, once per JVM and key (not per row, task or partition), and kept until the executor stops: {@link SaePlugin}
 * closes them at executor shutdown, and a JVM shutdown hook does for sessions that were not opened with the plugin.
 */
public final class ExecutorResources {
  private static final Map<String, SaeModel> MODELS = new ConcurrentHashMap<>();
  private static final Map<String, LatentSimilarity> SIMILARITIES = new ConcurrentHashMap<>();
  private static final Map<Path, Sae> LIBRARIES = new ConcurrentHashMap<>();
  private static final AtomicInteger MODEL_LOADS = new AtomicInteger();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ExecutorResources::closeAll, "sae-spark-close-models"));
  }

  private ExecutorResources() {}

  /**
   * The model at {@code path} (a run folder or a SavedModel export, as {@link SaeModel#load} reads), loaded on the
   * first call in this JVM.
   */
  public static SaeModel model(String path) {
    return MODELS.computeIfAbsent(path, p -> {
      try {
        MODEL_LOADS.incrementAndGet();
        return SaeModel.load(Path.of(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The library over the classpath's plugins with this dataset cache, opened on the first call in this JVM. */
  public static Sae library(Path cacheDir) {
    return LIBRARIES.computeIfAbsent(cacheDir, c -> Sae.open(Sae.Options.defaults().cacheDir(c)));
  }

  /**
   * Paper 003's similarity (Eqs. 11-15) over the clusters the run's method configured and trained toward, as
   * {@code sae search} measures it.
   *
   * @throws InvalidInputException when the run's method configured no clusters its loss pulled toward
   */
  public static LatentSimilarity similarity(String runPath, double boundary, Path cacheDir) {
    return SIMILARITIES.computeIfAbsent(runPath + "|" + boundary, key -> {
      try {
        var config = RunDirectory.open(Path.of(runPath)).readConfig();
        var clusters = ConfiguredClusters.trainedToward(library(cacheDir).runtime(), config).orElseThrow(() -> new InvalidInputException(
            "run " + runPath + " (method " + config.method() + ") has no configured clusters to measure similarity by; search by"
                + " paper 003's similarity needs a 'geometric' run (or use --metric euclidean)"));
        return clusters.similarity(boundary);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** How many times a model was loaded in this JVM (each path once while it is held). */
  public static int modelLoads() {
    return MODEL_LOADS.get();
  }

  /** Closes every model and library held; later calls load them again. */
  public static synchronized void closeAll() {
    for (String key : List.copyOf(MODELS.keySet())) {
      SaeModel m = MODELS.remove(key);
      if (m != null) {
        m.close();
      }
    }
    SIMILARITIES.clear();
    for (Path key : List.copyOf(LIBRARIES.keySet())) {
      Sae s = LIBRARIES.remove(key);
      if (s != null) {
        try {
          s.close();
        } catch (IOException e) {
          // closing at shutdown: nothing left to tell
        }
      }
    }
  }
}
