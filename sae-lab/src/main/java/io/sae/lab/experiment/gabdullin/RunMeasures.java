package io.sae.lab.experiment.gabdullin;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.InvalidInputException;
import io.sae.api.method.ConfiguredLatentSpace;
import io.sae.api.method.LatentClusters;
import io.sae.api.method.LatentRegion;
import io.sae.api.method.LatentSimilarity;
import io.sae.eval.plot.ScatterPlot;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.lab.experiment.RunMetrics;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Paper 003's measures of one trained run on its latents: configured-cluster shares, class means, retrieval and
 * similarity (geometric), prohibited points (polar), and a scatter plot of the test latents.
 */
final class RunMeasures {
  private RunMeasures() {}

  /**
   * Measures run {@code runDir} of row {@code row} ({@code geometric}, {@code ce-only} or {@code polar}), storing its
   * training class means in {@code means[seedIndex]} for the seed spread, and writes {@code png}.
   */
  static Map<String, Object> measure(SaeRuntime services, Path runDir, String row, GabdullinData data, RunMetrics metrics, double[][][] means,
      int seedIndex, Path png) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    try (OpenRun run = OpenRun.open(services, runDir)) {
      PreparedData d = run.config().prepareData(services);
      Dataset train = d.fullTrain();
      Dataset test = d.test();
      FloatMatrix zTrain = run.model().encode(train.features());
      FloatMatrix zTest = run.model().encode(test.features());
      int n = data.classNames().size();
      means[seedIndex] = LatentMeasures.classMeans(zTrain, train.labels(), n);
      m.put("train_class_means", means[seedIndex]);
      m.put("max_latent_norm", LatentMeasures.maxNorm(zTrain));
      m.put("head_test_error", metrics.values().getOrDefault("softmax_head_test_error", metrics.values().get("method_classifier_test_error")));
      ScatterPlot.write(png, zTest, test.labels(), data.classNames(), runDir.getFileName() + ": test latents",
          new ScatterPlot.Options(480, 360, 2500, 0));
      if (row.equals("polar")) {
        LatentRegion s = prohibitedRegion(services, run);
        m.put("train_prohibited", countProhibited(s, zTrain));
        m.put("test_prohibited", countProhibited(s, zTest));
        m.put("held_out_prohibited", countProhibited(s, run.model().encode(data.heldOut().features())));
        m.put("train_points", zTrain.rows());
        m.put("test_points", zTest.rows());
        return m;
      }
      // the CE-only control's loss does not pull toward the clusters; its latents are measured against the same layout
      LatentClusters clusters = ConfiguredClusters.configured(services, run.config()).orElseThrow(() ->
          new InvalidInputException("run " + runDir + " (method " + run.config().method() + ") configures no latent clusters"));
      ConfiguredClusters cc = ConfiguredClusters.of(clusters);
      m.put("train_inside_share", cc.insideShare(zTrain, train.labels()));
      m.put("test_inside_share", cc.insideShare(zTest, test.labels()));
      List<Double> toCentre = cc.meanDistances(zTrain, train.labels());
      m.put("train_class_mean_to_centre", toCentre);
      m.put("max_class_mean_to_centre", toCentre.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
      m.put("nearest_centre_test_error", metrics.values().get("method_classifier_test_error"));
      if (row.equals("geometric")) {
        similarity(m, run, data, cc, clusters.similarity(LatentClusters.PAPER_BOUNDARY), zTest, test);
      }
    }
    return m;
  }

  /** Retrieval precision@10 and the similarities of the held-out class (geometric runs). */
  private static void similarity(Map<String, Object> m, OpenRun run, GabdullinData data, ConfiguredClusters cc, LatentSimilarity sim,
      FloatMatrix zTest, Dataset test) {
    int n = data.classNames().size();
    m.put("test_precision_at_10", LatentMeasures.precisionAtK(sim, zTest, test.labels(), 10));
    FloatMatrix zHeld = run.model().encode(data.heldOut().features());
    m.put("held_out_mean_similarity_vector", LatentMeasures.meanVector(sim, zHeld));
    m.put("held_out_pair_similarity", LatentMeasures.meanPairSimilarity(sim, zHeld, zHeld));
    Map<String, Double> toClass = new LinkedHashMap<>();
    Map<String, Double> withinClass = new LinkedHashMap<>();
    for (int c = 0; c < n; c++) {
      int cls = c;
      int[] rows = IntStream.range(0, test.size()).filter(i -> test.label(i) == cls).toArray();
      FloatMatrix zc = zTest.rows(rows);
      toClass.put(data.classNames().get(c), LatentMeasures.meanPairSimilarity(sim, zHeld, zc));
      withinClass.put(data.classNames().get(c), LatentMeasures.meanPairSimilarity(sim, zc, zc));
    }
    m.put("held_out_to_class_similarity", toClass);
    m.put("within_class_similarity", withinClass);
    m.put("held_out_inside_any_cluster", insideAny(cc, zHeld));
  }

  private static double insideAny(ConfiguredClusters cc, FloatMatrix z) {
    int inside = 0;
    for (int i = 0; i < z.rows(); i++) {
      boolean any = false;
      for (int c = 0; c < cc.centres().rows(); c++) {
        int[] one = {c};
        any |= cc.insideShare(z.rows(new int[] {i}), one) == 1.0;
      }
      inside += any ? 1 : 0;
    }
    return (double) inside / z.rows();
  }

  /** The gaps of a polar run, asked of its method (which rotates every encoded point out of them). */
  private static LatentRegion prohibitedRegion(SaeRuntime services, OpenRun run) {
    Optional<LatentRegion> region = services.method(run.config().method()) instanceof ConfiguredLatentSpace space
        ? space.prohibitedRegion(OpenRun.request(services, run.config())) : Optional.empty();
    return region.orElseThrow(() -> new InvalidInputException("run " + run.dir().path() + " (method " + run.config().method()
        + ") has no prohibited latent region"));
  }

  private static int countProhibited(LatentRegion s, FloatMatrix z) {
    int n = 0;
    for (int i = 0; i < z.rows(); i++) {
      n += s.contains(z.row(i)) ? 1 : 0;
    }
    return n;
  }
}
