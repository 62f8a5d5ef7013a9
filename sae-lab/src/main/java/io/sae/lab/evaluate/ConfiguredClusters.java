package io.sae.lab.evaluate;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ConfiguredLatentSpace;
import io.sae.api.method.LatentClusters;
import io.sae.api.method.StructuringMethod;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For runs whose method configures latent clusters (a {@link ConfiguredLatentSpace} method, e.g. paper 003's
 * geometric loss): the share of latents inside their own class's cluster, and each class mean's distance to its
 * configured centre.
 *
 * @param centres one row per class
 * @param radii one per class
 */
public record ConfiguredClusters(FloatMatrix centres, float[] radii) {

  /** The measures of clusters a method configured. */
  public static ConfiguredClusters of(LatentClusters clusters) {
    return new ConfiguredClusters(clusters.centres(), clusters.radii().clone());
  }

  /**
   * The clusters the run's method configures for it, asked through the method registry: empty when the method
   * offers no {@link ConfiguredLatentSpace} or configures none for this run. Includes clusters the loss does not
   * pull toward (see {@link LatentClusters#pulledByLoss}).
   */
  public static Optional<LatentClusters> configured(SaeRuntime runtime, RunConfig config) {
    StructuringMethod method = runtime.method(config.method());
    return method instanceof ConfiguredLatentSpace space ? space.configuredClusters(OpenRun.request(runtime, config)) : Optional.empty();
  }

  /** The clusters the run's training pulled its latents into, if its method configured any. */
  public static Optional<LatentClusters> trainedToward(SaeRuntime runtime, RunConfig config) {
    return configured(runtime, config).filter(LatentClusters::pulledByLoss);
  }

  private double distance(FloatMatrix z, int row, int c) {
    double s = 0;
    for (int k = 0; k < z.cols(); k++) {
      double d = z.get(row, k) - centres.get(c, k);
      s += d * d;
    }
    return Math.sqrt(s);
  }

  /** Share of labelled rows within their class's radius (unlabelled rows are skipped); NaN without any. */
  public double insideShare(FloatMatrix z, int[] labels) {
    int n = 0;
    int inside = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] >= 0) {
        n++;
        inside += distance(z, i, labels[i]) <= radii[labels[i]] ? 1 : 0;
      }
    }
    return n == 0 ? Double.NaN : (double) inside / n;
  }

  /** Distance of each class's mean latent to its centre (NaN for a class without rows). */
  public List<Double> meanDistances(FloatMatrix z, int[] labels) {
    int classes = centres.rows();
    double[][] sum = new double[classes][z.cols()];
    int[] count = new int[classes];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] >= 0) {
        count[labels[i]]++;
        for (int k = 0; k < z.cols(); k++) {
          sum[labels[i]][k] += z.get(i, k);
        }
      }
    }
    List<Double> out = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      double s = 0;
      for (int k = 0; k < z.cols(); k++) {
        double d = sum[c][k] / count[c] - centres.get(c, k);
        s += d * d;
      }
      out.add(count[c] == 0 ? Double.NaN : Math.sqrt(s));
    }
    return out;
  }

  /** Writes the measures for the labelled training and the test latents into {@code metrics}. */
  public void write(Map<String, Object> metrics, FloatMatrix trainZ, int[] trainY, FloatMatrix testZ, int[] testY) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("train_inside_share", insideShare(trainZ, trainY));
    m.put("test_inside_share", insideShare(testZ, testY));
    m.put("train_class_mean_to_centre", meanDistances(trainZ, trainY));
    m.put("test_class_mean_to_centre", meanDistances(testZ, testY));
    metrics.put("configured_clusters", m);
  }
}
