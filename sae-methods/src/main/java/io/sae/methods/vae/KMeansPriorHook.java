package io.sae.methods.vae;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.SampleField;
import io.sae.api.method.LatentScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Before every epoch: k-means on the latent means of the whole training set (k-means++ seeded from the run
 * seed the first time, Lloyd warm-started from the previous centres after that), and each sample's prior mean
 * becomes its nearest centre. The first refresh sees the untrained network's latents, as in the paper. The
 * centres are saved with every checkpoint ({@value #CENTRES}): a resumed run warm-starts from them, and
 * {@code sae sample --cluster} decodes them.
 */
final class KMeansPriorHook implements EpochHook {
  static final String CENTRES = "kmeans-centres.npy";

  private final SampleField priorMean;
  private final int clusters;
  private final int iterations;
  private final long seed;
  private FloatMatrix centres;

  KMeansPriorHook(SampleField priorMean, int clusters, int iterations, long seed) {
    this.priorMean = priorMean;
    this.clusters = clusters;
    this.iterations = iterations;
    this.seed = seed;
  }

  @Override
  public java.util.List<SampleField> fills() {
    return java.util.List.of(priorMean);
  }

  @Override
  public LatentScope latentScope() {
    return LatentScope.ALL;
  }

  @Override
  public HookResult refresh(EpochState state) {
    FloatMatrix z = state.latents();
    KMeans.Result km = centres == null ? KMeans.fit(z, clusters, iterations, seed) : KMeans.fitFrom(z, centres, iterations);
    centres = km.centres();
    // the prior of a sample is its nearest centre (the assignment of the last Lloyd step may predate the last centre update)
    int[] nearest = KMeans.nearest(centres, z);
    int d = z.cols();
    float[] prior = new float[z.rows() * d];
    for (int i = 0; i < nearest.length; i++) {
      System.arraycopy(centres.data(), nearest[i] * d, prior, i * d, d);
    }
    int smallest = Integer.MAX_VALUE;
    for (int n : km.sizes()) {
      smallest = Math.min(smallest, n);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("kmeans_iterations", (double) km.iterations());
    metrics.put("kmeans_inertia", km.inertia() / z.rows());
    metrics.put("smallest_cluster", (double) smallest);
    return HookResult.builder().put(priorMean, new FloatMatrix(z.rows(), d, prior)).metrics(metrics).build();
  }

  /** The current centres (null before the first refresh). */
  FloatMatrix centres() {
    return centres;
  }

  @Override
  public void saveState(Path dir) throws IOException {
    if (centres != null) {
      NpyWriter.writeMatrix(dir.resolve(CENTRES), centres);
    }
  }

  @Override
  public void restoreState(Path dir) throws IOException {
    Path file = dir.resolve(CENTRES);
    centres = Files.isRegularFile(file) ? NpyReader.read(file).matrix() : null;
  }
}
