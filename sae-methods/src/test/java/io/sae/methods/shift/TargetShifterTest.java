package io.sae.methods.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-computed shifts on four one-value samples x = 0, 2, 10, 14 whose latents 0, 0.1, 10, 10.1 form two
 * obvious clusters {0, 1} and {2, 3} (also their classes). alpha = beta = 1/2 throughout.
 */
class TargetShifterTest {
  private static final Dataset TRAIN = new Dataset("toy", FloatMatrix.of(new double[][] {{0}, {2}, {10}, {14}}), new int[] {1},
      new int[] {0, 0, 1, 1}, List.of("a", "b"));
  private static final FloatMatrix LATENTS = FloatMatrix.of(new double[][] {{0}, {0.1}, {10}, {10.1}});
  private static final int[] ALL = {0, 1, 2, 3};

  private static ShiftOptions options(String rivalCentre) {
    return new ShiftOptions(0.5, 0.5, 1, 1, 3, 2, 0, 2, 100, rivalCentre);
  }

  private static TargetShifter shifter(ShiftVariant v) {
    return new TargetShifter(TargetShifter.target(1), v, options("nearest"), 2, 7);
  }

  private static float[] targetsAfterFirstShift(TargetShifter h, Dataset train) {
    h.refresh(new EpochState(0, train, LATENTS, ALL, 1));
    return h.refresh(new EpochState(2, train, LATENTS, ALL, 2)).fields().get(TargetShifter.TARGET).data();
  }

  @Test
  void stageZeroTrainsOnTheInputsThemselves() {
    HookResult r = shifter(ShiftVariant.CCAE_1).refresh(new EpochState(0, TRAIN, LATENTS, ALL, 1));
    assertThat(r.fields().get(TargetShifter.TARGET)).isSameAs(TRAIN.features());
    assertThat(r.metrics()).containsEntry("stage", 0.0);
  }

  @Test
  void aLongerFirstStageMovesEveryShiftLater() {
    // T = 3, E = 2, E0 = 3: stage 0 is epochs 0-2, stage 1 epochs 3-4, stage 2 epochs 5-6 (and any later)
    ShiftOptions o = new ShiftOptions(0.5, 0.5, 1, 1, 3, 2, 3, 2, 100, "nearest");
    assertThat(o.totalEpochs()).isEqualTo(7);
    assertThat(java.util.stream.IntStream.range(0, 9).map(o::stageAt).toArray()).containsExactly(0, 0, 0, 1, 1, 2, 2, 2, 2);
    TargetShifter h = new TargetShifter(TargetShifter.target(1), ShiftVariant.CCAE_1, o, 2, 7);
    assertThat(java.util.stream.IntStream.range(0, 9).filter(h::refreshBefore).toArray()).containsExactly(0, 3, 5);
    h.refresh(new EpochState(0, TRAIN, LATENTS, ALL, 1));
    assertThat(h.targets()).isNull(); // still the inputs
    h.refresh(new EpochState(3, TRAIN, LATENTS, ALL, 2));
    assertThat(h.targets().data()).containsExactly(0.5f, 1.5f, 11f, 13f);
    // without E0 the stages are E long from the start: shifts before epochs 2 and 4
    TargetShifter plain = shifter(ShiftVariant.CCAE_1);
    assertThat(java.util.stream.IntStream.range(0, 9).filter(plain::refreshBefore).toArray()).containsExactly(0, 2, 4);
  }

  @Test
  void ccae1MovesHalfWayToTheClusterMean() {
    // cluster means 1 and 12: 0 -> 0.5, 2 -> 1.5, 10 -> 11, 14 -> 13
    assertThat(targetsAfterFirstShift(shifter(ShiftVariant.CCAE_1), TRAIN)).containsExactly(0.5f, 1.5f, 11f, 13f);
  }

  @Test
  void ccae2ThenMovesAwayFromTheNearestRivalCentre() {
    // after ccae-1: 0.5, 1.5, 11, 13 (means 1 and 12); then 1.5 x - 0.5 * rival mean:
    // 0.75 - 6 = -5.25, 2.25 - 6 = -3.75, 16.5 - 0.5 = 16, 19.5 - 0.5 = 19
    assertThat(targetsAfterFirstShift(shifter(ShiftVariant.CCAE_2), TRAIN)).containsExactly(-5.25f, -3.75f, 16f, 19f);
  }

  @Test
  void ccae3MovesHalfWayToTheNearestSameClusterNeighbour() {
    // n = 1: the neighbour of 0 is 1 and vice versa, of 2 is 3: 0 -> 1, 2 -> 1, 10 -> 12, 14 -> 12
    assertThat(targetsAfterFirstShift(shifter(ShiftVariant.CCAE_3), TRAIN)).containsExactly(1f, 1f, 12f, 12f);
  }

  @Test
  void ccae4ThenMovesAwayFromTheNearestOtherClusterSample() {
    // after ccae-3: 1, 1, 12, 12. Nearest rival in latent space: of rows 0 and 1 row 2 (latent 10), of rows 2
    // and 3 row 1 (latent 0.1). 1.5 * 1 - 0.5 * 12 = -4.5; 1.5 * 12 - 0.5 * 1 = 17.5
    assertThat(targetsAfterFirstShift(shifter(ShiftVariant.CCAE_4), TRAIN)).containsExactly(-4.5f, -4.5f, 17.5f, 17.5f);
  }

  @Test
  void daeUsesTheClassesAndLeavesHiddenLabelsAlone() {
    // classes {0, 2} and {10, 14} with row 1's label hidden: class means 0 (row 0 alone) and 12
    Dataset hidden = TRAIN.withLabels("hidden", new int[] {0, Dataset.UNLABELED, 1, 1}, TRAIN.classNames());
    assertThat(targetsAfterFirstShift(shifter(ShiftVariant.DAE_1), hidden)).containsExactly(0f, 2f, 11f, 13f);
    // dae-2, rival = all other classes (Eq. 15): after dae-1: 0, 2, 11, 13 (means 0 and 12);
    // row 0: 1.5 * 0 - 0.5 * 12 = -6; rows 2, 3: 1.5 x - 0.5 * 0 = 16.5, 19.5
    TargetShifter others = new TargetShifter(TargetShifter.target(1), ShiftVariant.DAE_2, options("others"), 2, 7);
    assertThat(targetsAfterFirstShift(others, hidden)).containsExactly(-6f, 2f, 16.5f, 19.5f);
  }

  @Test
  void aFreshRunsFirstRefreshEncodesNothingAndLaterOnesEveryRow(@TempDir Path tmp) throws Exception {
    TargetShifter h = shifter(ShiftVariant.CCAE_1);
    assertThat(h.latentRows(TRAIN, 1)).isEmpty(); // before epoch 0, stage 0 trains on the inputs
    HookResult first = h.refresh(new EpochState(0, TRAIN, FloatMatrix.zeros(0, 1), new int[0], 1));
    assertThat(first.fields().get(TargetShifter.TARGET)).isSameAs(TRAIN.features());
    assertThat(h.latentRows(TRAIN, 2)).containsExactly(ALL);
    h.saveState(tmp);
    TargetShifter resumed = shifter(ShiftVariant.CCAE_1);
    resumed.restoreState(tmp);
    assertThat(resumed.latentRows(TRAIN, 3)).containsExactly(ALL); // a resumed run may shift at its first refresh
    // a fresh shifter asked to shift first would have had no latents: refused, not shifted on nothing
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> shifter(ShiftVariant.CCAE_1).refresh(new EpochState(2, TRAIN, LATENTS, ALL, 2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be in stage 0");
  }

  @Test
  void onlyVariantsThatReadLatentsHaveThemEncoded() {
    TargetShifter dae1 = shifter(ShiftVariant.DAE_1);
    TargetShifter others = new TargetShifter(TargetShifter.target(1), ShiftVariant.DAE_2, options("others"), 2, 7);
    for (TargetShifter h : List.of(dae1, others)) {
      assertThat(h.readsLatents()).isFalse();
      h.refresh(new EpochState(0, TRAIN, FloatMatrix.zeros(0, 1), new int[0], 1));
      assertThat(h.latentRows(TRAIN, 2)).isEmpty();
    }
    // without latents the same hand-computed shifts as daeUsesTheClassesAndLeavesHiddenLabelsAlone (no hidden label here):
    // class means 1 and 12 -> 0.5, 1.5, 11, 13; dae-2 (others) then 1.5 x - 0.5 * other mean: -5.25, -3.75, 16, 19
    FloatMatrix none = FloatMatrix.zeros(0, 1);
    assertThat(dae1.refresh(new EpochState(2, TRAIN, none, new int[0], 2)).fields().get(TargetShifter.TARGET).data())
        .containsExactly(0.5f, 1.5f, 11f, 13f);
    assertThat(others.refresh(new EpochState(2, TRAIN, none, new int[0], 2)).fields().get(TargetShifter.TARGET).data())
        .containsExactly(-5.25f, -3.75f, 16f, 19f);
    // the nearest rival centre, k-means and neighbours read them
    assertThat(shifter(ShiftVariant.DAE_2).readsLatents()).isTrue();
    for (ShiftVariant v : new ShiftVariant[] {ShiftVariant.CCAE_1, ShiftVariant.CCAE_2, ShiftVariant.CCAE_3, ShiftVariant.CCAE_4}) {
      assertThat(shifter(v).readsLatents()).as(v.id()).isTrue();
    }
  }

  @Test
  void shiftsAccumulateOverStagesAndMidStageRefreshesKeepTheTargets() {
    TargetShifter h = shifter(ShiftVariant.CCAE_1);
    assertThat(h.refreshBefore(0)).isTrue();
    assertThat(h.refreshBefore(1)).isFalse();
    assertThat(h.refreshBefore(4)).isTrue();
    assertThat(h.refreshBefore(6)).isFalse(); // T = 3 stages of 2 epochs: nothing after epoch 5
    targetsAfterFirstShift(h, TRAIN);
    // a refresh inside stage 1 (as after a resume) shifts nothing
    HookResult mid = h.refresh(new EpochState(3, TRAIN, LATENTS, ALL, 3));
    assertThat(mid.fields().get(TargetShifter.TARGET).data()).containsExactly(0.5f, 1.5f, 11f, 13f);
    // stage 2 shifts the stage-1 targets again: means 1 and 12 -> 0.75, 1.25, 11.5, 12.5
    HookResult second = h.refresh(new EpochState(4, TRAIN, LATENTS, ALL, 4));
    assertThat(second.fields().get(TargetShifter.TARGET).data()).containsExactly(0.75f, 1.25f, 11.5f, 12.5f);
    assertThat(second.metrics().get("stage")).isEqualTo(2.0);
    assertThat(second.metrics().get("target_shift_rms")).isCloseTo(Math.sqrt((0.0625 * 2 + 0.25 * 2) / 4), within(1e-6));
    // epochs after the last stage keep its targets
    assertThat(h.refresh(new EpochState(9, TRAIN, LATENTS, ALL, 9)).fields().get(TargetShifter.TARGET).data())
        .containsExactly(0.75f, 1.25f, 11.5f, 12.5f);
  }

  @Test
  void sameSeedSameTargetsAndKMeansIsWarmStarted() {
    Blob b = Blob.make(600, 1);
    for (ShiftVariant v : new ShiftVariant[] {ShiftVariant.CCAE_2, ShiftVariant.CCAE_4}) {
      TargetShifter h1 = new TargetShifter(TargetShifter.target(8), v, new ShiftOptions(0.3, 0.1, 5, 5, 3, 1, 0, 3, 50, "nearest"), 3, 11);
      TargetShifter h2 = new TargetShifter(TargetShifter.target(8), v, new ShiftOptions(0.3, 0.1, 5, 5, 3, 1, 0, 3, 50, "nearest"), 3, 11);
      for (int e = 0; e < 3; e++) {
        FloatMatrix t1 = h1.refresh(new EpochState(e, b.train(), b.latents(), b.all(), e)).fields().get(TargetShifter.TARGET);
        FloatMatrix t2 = h2.refresh(new EpochState(e, b.train(), b.latents(), b.all(), e)).fields().get(TargetShifter.TARGET);
        assertThat(t1).isEqualTo(t2);
      }
      // the second k-means starts from the first one's centres: on unchanged latents it is already converged
      assertThat(h1.centres()).isNotNull();
    }
    TargetShifter h = new TargetShifter(TargetShifter.target(8), ShiftVariant.CCAE_1, new ShiftOptions(0.3, 0, 0, 0, 4, 1, 0, 3, 50, "nearest"), 3, 11);
    h.refresh(new EpochState(0, b.train(), b.latents(), b.all(), 0));
    h.refresh(new EpochState(1, b.train(), b.latents(), b.all(), 1));
    FloatMatrix first = h.centres();
    // unchanged latents: the warm start is already converged (one pass assigns, the next confirms)
    HookResult same = h.refresh(new EpochState(2, b.train(), b.latents(), b.all(), 2));
    assertThat(same.metrics().get("kmeans_iterations")).isEqualTo(2.0);
    assertThat(h.centres()).isEqualTo(first);
    // moved latents: Lloyd continues from the previous centres
    h.refresh(new EpochState(3, b.train(), b.shifted(), b.all(), 3));
    assertThat(h.centres()).isEqualTo(io.sae.geometry.KMeans.fitFrom(b.shifted(), first, 50).centres());
  }

  @Test
  void aRestoredShifterReplaysToTheSameTargets(@TempDir Path tmp) throws Exception {
    Blob b = Blob.make(500, 2);
    for (ShiftVariant v : ShiftVariant.values()) {
      ShiftOptions o = new ShiftOptions(0.3, 0.2, 4, 3, 4, 2, 0, 3, 50, "nearest");
      TargetShifter straight = new TargetShifter(TargetShifter.target(8), v, o, 3, 5);
      TargetShifter first = new TargetShifter(TargetShifter.target(8), v, o, 3, 5);
      for (int e : new int[] {0, 2, 4}) {
        straight.refresh(new EpochState(e, b.train(), b.latents(), b.all(), e));
        first.refresh(new EpochState(e, b.train(), b.latents(), b.all(), e));
      }
      Path dir = Files.createDirectories(tmp.resolve(v.id()));
      first.saveState(dir);
      TargetShifter resumed = new TargetShifter(TargetShifter.target(8), v, o, 3, 5);
      resumed.restoreState(dir);
      // resume inside stage 2: same targets; then stage 3 shifts alike
      assertThat(resumed.refresh(new EpochState(5, b.train(), b.latents(), b.all(), 5)).fields().get(TargetShifter.TARGET))
          .as(v.id()).isEqualTo(straight.targets());
      FloatMatrix a = straight.refresh(new EpochState(6, b.train(), b.shifted(), b.all(), 6)).fields().get(TargetShifter.TARGET);
      FloatMatrix c = resumed.refresh(new EpochState(6, b.train(), b.shifted(), b.all(), 6)).fields().get(TargetShifter.TARGET);
      assertThat(c).as(v.id()).isEqualTo(a);
    }
  }

  /** Three noisy groups of 8-value inputs with 2-value latents. */
  record Blob(Dataset train, FloatMatrix latents, FloatMatrix shifted, int[] all) {
    static Blob make(int n, long seed) {
      Random r = new Random(seed);
      double[][] x = new double[n][8];
      double[][] z = new double[n][2];
      double[][] z2 = new double[n][2];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        y[i] = i % 3;
        for (int j = 0; j < 8; j++) {
          x[i][j] = (j % 3 == y[i] ? 1 : 0) + 0.2 * r.nextGaussian();
        }
        z[i][0] = (y[i] == 1 ? 5 : 0) + r.nextGaussian();
        z[i][1] = (y[i] == 2 ? 5 : 0) + r.nextGaussian();
        z2[i][0] = z[i][0] + 0.3 * r.nextGaussian();
        z2[i][1] = z[i][1] + 0.3 * r.nextGaussian();
      }
      Dataset d = new Dataset("blob", FloatMatrix.of(x), new int[] {8}, y, List.of("a", "b", "c"));
      return new Blob(d, FloatMatrix.of(z), FloatMatrix.of(z2), java.util.stream.IntStream.range(0, n).toArray());
    }
  }
}
