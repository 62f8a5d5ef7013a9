package com.example.dec;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.LatentScope;
import io.sae.api.method.VariableKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.sae.api.method.SampleField;
import java.util.List;

/**
 * DEC's host work before every {@code updateEvery}-th epoch, on the latents of the whole training set:
 *
 * <ol>
 *   <li>at its first refresh, k-means (the lowest-inertia of {@code restarts} k-means++ runs, seeded from
 *       {@link EpochState#seed()}) on the latents; its centres are assigned to the plan's centre variable, from which
 *       the optimizer trains them on with the encoder;
 *   <li>every refresh: Q from the latents and the current centres, and the target P from Q ({@link DecTargets}), which
 *       fills the target field until the next refresh.
 * </ol>
 *
 * Metrics: {@code assignment_changed}, the share of samples whose argmax-Q cluster changed since the last refresh (the
 * quantity the paper stops on below 0.1%), {@code smallest_cluster} (members of the smallest argmax-Q cluster), and at
 * the first refresh {@code kmeans_inertia} (per sample). The last assignment is saved with every checkpoint, so a
 * resumed run neither runs k-means again nor loses the change count. A run started from a {@code dec} run's weights
 * gets new k-means centres from its latents (the hook cannot tell a warm start's centres from fresh zeros).
 */
final class DecHook implements EpochHook {
  static final String ASSIGNMENT = "dec-assignment.npy";
  private static final int KMEANS_ITERATIONS = 300;

  private final VariableKey centres;
  private final double alpha;
  private final int updateEvery;
  private final int restarts;
  private final SampleField targetField;
  /** argmax Q of the last refresh, null before the first */
  private int[] last;

  DecHook(VariableKey centres, double alpha, int updateEvery, int restarts, SampleField targetField) {
    this.centres = centres;
    this.alpha = alpha;
    this.updateEvery = updateEvery;
    this.restarts = restarts;
    this.targetField = targetField;
  }

  @Override
  public List<SampleField> fills() {
    return List.of(targetField);
  }

  @Override
  public boolean refreshBefore(int epoch) {
    return epoch % updateEvery == 0;
  }

  @Override
  public LatentScope latentScope() {
    return LatentScope.ALL; // f_j and P need every training sample
  }

  @Override
  public HookResult refresh(EpochState state) {
    FloatMatrix z = state.latents();
    HookResult.Builder result = HookResult.builder();
    FloatMatrix mu;
    if (last == null) {
      KMeans.Result km = KMeans.fitBest(z, centres.rows(), KMEANS_ITERATIONS, state.seed(), restarts);
      mu = km.centres();
      result.assign(centres, mu).metric("kmeans_inertia", km.inertia() / z.rows());
    } else {
      mu = state.variable(centres);
    }
    FloatMatrix q = DecTargets.softAssignments(z, mu, alpha);
    int[] now = DecAssignments.assign(z, mu);
    if (last != null && last.length == now.length) {
      int changed = 0;
      for (int i = 0; i < now.length; i++) {
        changed += now[i] != last[i] ? 1 : 0;
      }
      result.metric("assignment_changed", changed / (double) now.length);
    }
    int[] sizes = new int[centres.rows()];
    for (int a : now) {
      sizes[a]++;
    }
    result.metric("smallest_cluster", java.util.Arrays.stream(sizes).min().orElse(0));
    last = now;
    return result.put(targetField, DecTargets.targets(q)).build();
  }

  /** The argmax-Q assignment of the last refresh (null before the first). */
  int[] lastAssignment() {
    return last == null ? null : last.clone();
  }

  @Override
  public void saveState(Path dir) throws IOException {
    if (last != null) {
      NpyWriter.writeLabels(dir.resolve(ASSIGNMENT), last);
    }
  }

  @Override
  public void restoreState(Path dir) throws IOException {
    Path file = dir.resolve(ASSIGNMENT);
    last = Files.isRegularFile(file) ? NpyReader.readLabels(file) : null;
  }
}
