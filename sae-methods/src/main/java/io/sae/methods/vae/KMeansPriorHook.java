package io.sae.methods.vae;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.LatentScope;
import io.sae.api.method.VariableKey;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import io.sae.geometry.KMeans;
import io.sae.geometry.RowSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Before every epoch: k-means on the latent means of the training set (k-means++ seeded from the run seed the first
 * time, Lloyd warm-started from the previous centres after that), assigned to the plan's fixed centres variable,
 * from which {@link NearestCentreKl} takes each sample's prior mean, its nearest centre, in the graph. The first
 * refresh sees the untrained network's latents, as in the paper.
 *
 * <p>The centres are fitted on a seeded uniform sample of at most {@code samples} training rows, drawn anew before
 * every epoch (0: every row). Encoding is most of the hook's cost, and K centres of a 10,000-row sample are close to
 * those of all 60,000; a fresh sample each epoch keeps any one draw from steering the run.
 *
 * <p>The centres are saved with every checkpoint ({@value #CENTRES}): a resumed run warm-starts from them, and
 * {@code sae sample --cluster} decodes them. Metrics: {@code kmeans_iterations}, {@code kmeans_inertia} (mean squared
 * distance to the nearest centre over the sample), {@code smallest_cluster} (members in the sample).
 */
final class KMeansPriorHook implements EpochHook {
  static final String CENTRES = "kmeans-centres.npy";

  private final VariableKey centresVariable;
  private final int iterations;
  private final int samples;
  private final long seed;
  private FloatMatrix centres;

  /**
   * @param centresVariable the fixed K x latent plan variable the loss reads
   * @param iterations most Lloyd iterations per refresh
   * @param samples most training rows to fit on (0: all)
   * @param seed seed of the first k-means++ seeding (the run seed)
   */
  KMeansPriorHook(VariableKey centresVariable, int iterations, int samples, long seed) {
    this.centresVariable = centresVariable;
    this.iterations = iterations;
    this.samples = samples;
    this.seed = seed;
  }

  @Override
  public LatentScope latentScope() {
    return LatentScope.ALL;
  }

  @Override
  public int[] latentRows(Dataset train, long refreshSeed) {
    return uniformSample(train.size(), samples, refreshSeed);
  }

  /** Increasing row indices: a uniform sample of {@code limit} of {@code n} rows (all of them for 0 or limit >= n). */
  static int[] uniformSample(int n, int limit, long seed) {
    return RowSample.uniform(n, limit <= 0 ? n : limit, seed);
  }

  @Override
  public HookResult refresh(EpochState state) {
    FloatMatrix z = state.latents();
    int k = centresVariable.rows();
    KMeans.Result km = centres == null ? KMeans.fit(z, k, iterations, seed) : KMeans.fitFrom(z, centres, iterations);
    centres = km.centres();
    int smallest = Integer.MAX_VALUE;
    for (int n : km.sizes()) {
      smallest = Math.min(smallest, n);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("kmeans_iterations", (double) km.iterations());
    metrics.put("kmeans_inertia", km.inertia() / z.rows());
    metrics.put("smallest_cluster", (double) smallest);
    return HookResult.builder().assign(centresVariable, centres).metrics(metrics).build();
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
