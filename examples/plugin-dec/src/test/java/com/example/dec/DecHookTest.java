package com.example.dec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.VariableKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook's k-means initialisation, its targets, its change metric and its checkpointed state. */
class DecHookTest {
  private static final int N = 300;
  private static final VariableKey CENTRES = DecMethod.centres(3, 2);
  private static final FloatMatrix Z = blobs();
  private static final Dataset TRAIN = new Dataset("blobs", Z, new int[] {2}, IntStream.range(0, N).map(i -> i / 100).toArray(),
      List.of("a", "b", "c"));
  private static final int[] ROWS = IntStream.range(0, N).toArray();

  /** Three well separated blobs of 100 latents each, around (0, 0), (10, 0) and (0, 10). */
  private static FloatMatrix blobs() {
    Random r = new Random(5);
    double[][] z = new double[N][];
    double[][] c = {{0, 0}, {10, 0}, {0, 10}};
    for (int i = 0; i < N; i++) {
      z[i] = new double[] {c[i / 100][0] + r.nextGaussian(), c[i / 100][1] + r.nextGaussian()};
    }
    return FloatMatrix.of(z);
  }

  private static DecHook hook(int updateEvery) {
    return new DecHook(CENTRES, 1.0, updateEvery, 4, DecMethod.target(CENTRES.rows()));
  }

  private static EpochState state(int epoch, long seed, FloatMatrix centres) {
    return new EpochState(epoch, TRAIN, Z, ROWS, seed, Map.of(CENTRES, centres));
  }

  @Test
  void theFirstRefreshAssignsSeededKMeansCentresAndTargetsFromThem() {
    HookResult r = hook(1).refresh(state(0, 42, FloatMatrix.zeros(3, 2)));
    FloatMatrix expected = KMeans.fitBest(Z, 3, 300, 42, 4).centres();
    assertThat(r.assignments()).containsOnlyKeys(CENTRES);
    FloatMatrix mu = r.assignments().get(CENTRES);
    assertThat(mu).isEqualTo(expected);
    // each blob is one cluster
    int[] a = DecAssignments.assign(Z, mu);
    for (int blob = 0; blob < 3; blob++) {
      int first = a[blob * 100];
      assertThat(IntStream.range(blob * 100, blob * 100 + 100).map(i -> a[i])).as("blob %d", blob).containsOnly(first);
    }
    assertThat(r.fields().get(DecMethod.target(CENTRES.rows()).name())).isEqualTo(DecTargets.targets(DecTargets.softAssignments(Z, mu, 1.0)));
    assertThat(r.metrics()).containsKeys("kmeans_inertia", "smallest_cluster").doesNotContainKey("assignment_changed");
    assertThat(r.metrics().get("smallest_cluster")).isEqualTo(100.0);
    // seeded: the same state gives the same centres
    assertThat(hook(1).refresh(state(0, 42, FloatMatrix.zeros(3, 2))).assignments().get(CENTRES)).isEqualTo(expected);
  }

  @Test
  void laterRefreshesUseTheTrainedCentresAndCountChangedAssignments() {
    DecHook h = hook(1);
    FloatMatrix mu = h.refresh(state(0, 42, FloatMatrix.zeros(3, 2))).assignments().get(CENTRES);
    // swap two centres, as if training had moved them: two blobs (200 of 300 samples) change cluster
    float[] swapped = mu.data().clone();
    System.arraycopy(mu.data(), 2, swapped, 0, 2);
    System.arraycopy(mu.data(), 0, swapped, 2, 2);
    FloatMatrix trained = new FloatMatrix(3, 2, swapped);
    HookResult r = h.refresh(state(1, 43, trained));
    assertThat(r.assignments()).isEmpty();
    assertThat(r.metrics().get("assignment_changed")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.metrics()).doesNotContainKey("kmeans_inertia");
    FloatMatrix p = r.fields().get(DecMethod.target(CENTRES.rows()).name());
    assertThat(p).isEqualTo(DecTargets.targets(DecTargets.softAssignments(Z, trained, 1.0)));
    assertThat(p.rows()).isEqualTo(N);
    assertThat(p.cols()).isEqualTo(3);
    assertThat(h.refresh(state(2, 44, trained)).metrics().get("assignment_changed")).isZero();
  }

  @Test
  void refreshesEveryUpdateEveryEpochs() {
    DecHook h = hook(3);
    assertThat(IntStream.range(0, 8).filter(h::refreshBefore)).containsExactly(0, 3, 6);
  }

  @Test
  void aRestoredHookNeitherRunsKMeansAgainNorForgetsTheLastAssignment(@TempDir Path dir) throws Exception {
    DecHook h = hook(1);
    FloatMatrix mu = h.refresh(state(0, 42, FloatMatrix.zeros(3, 2))).assignments().get(CENTRES);
    h.saveState(dir);

    DecHook restored = hook(1);
    restored.restoreState(dir);
    assertThat(restored.lastAssignment()).containsExactly(h.lastAssignment());
    HookResult r = restored.refresh(state(1, 43, mu));
    assertThat(r.assignments()).isEmpty();
    assertThat(r.metrics().get("assignment_changed")).isZero();

    DecHook empty = hook(1);
    empty.restoreState(dir.resolve("nothing-saved-here"));
    assertThat(empty.lastAssignment()).isNull();
    assertThat(empty.refresh(state(1, 43, mu)).assignments()).containsOnlyKeys(CENTRES);
  }
}
