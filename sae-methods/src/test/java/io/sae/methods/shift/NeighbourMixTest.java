package io.sae.methods.shift;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The neighbour attraction and repulsion of {@link TargetShift} (ccae-3/4) give the floats of the direct
 * formula, row i = self * x_i, then += each * x_t for every neighbour t in list order (float products and sums,
 * as before the row buffers were introduced), on rows wider than any vector register and lists of every length.
 */
class NeighbourMixTest {

  @Test
  void rowsAreVisitedGroupByGroupStablyWithUngroupedRowsLast() {
    // groups of rows 0..6: 2, -1, 0, 2, 1, 0, -1 -> group 0: rows 2, 5; group 1: row 4; group 2: rows 0, 3; none: 1, 6
    assertThat(GroupNeighbours.byGroup(new int[] {2, -1, 0, 2, 1, 0, -1}, 3)).containsExactly(2, 5, 4, 0, 3, 1, 6);
  }

  @Test
  void rowBufferedMixGivesTheFloatsOfTheDirectFormula() {
    Random r = new Random(3);
    int n = 700; // more than two of TargetShift's row blocks
    int d = 37; // not a multiple of a vector width
    int k = 4;
    float[] x = new float[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    int[] group = new int[n];
    int[] rows = new int[n * k];
    int[] count = new int[n];
    int[] rowsB = new int[n * k];
    int[] countB = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i % 11 == 0 ? -1 : i % 3; // some samples without a group keep their targets
      count[i] = r.nextInt(k + 1); // 0 .. k neighbours: 0 keeps the target
      countB[i] = r.nextInt(k + 1);
      for (int t = 0; t < k; t++) {
        rows[i * k + t] = r.nextInt(n);
        rowsB[i * k + t] = r.nextInt(n);
      }
    }
    GroupNeighbours.Lists attract = new GroupNeighbours.Lists(rows, count, k);
    GroupNeighbours.Lists repel = new GroupNeighbours.Lists(rowsB, countB, k);
    double alpha = 0.1;
    double beta = 0.3;
    FloatMatrix got = TargetShift.apply(new FloatMatrix(n, d, x.clone()), new TargetShift.Structure(group, 3, attract, null, false, repel), alpha, beta);
    float[] moved = direct(x, n, d, group, attract, alpha, false);
    float[] expected = direct(moved, n, d, group, repel, beta, true);
    assertThat(got.data()).containsExactly(expected);
    // and the attraction alone (ccae-3)
    FloatMatrix attractOnly = TargetShift.apply(new FloatMatrix(n, d, x.clone()), new TargetShift.Structure(group, 3, attract, null, false, null), alpha, 0);
    assertThat(attractOnly.data()).containsExactly(moved);
  }

  /** The formula as TargetShift computed it before, straight into the output row. */
  private static float[] direct(float[] in, int n, int d, int[] group, GroupNeighbours.Lists nb, double w, boolean away) {
    float[] out = in.clone();
    for (int i = 0; i < n; i++) {
      int c = nb.count()[i];
      if (group[i] < 0 || c == 0) {
        continue;
      }
      float self = (float) (away ? 1 + w : 1 - w);
      float each = (float) ((away ? -w : w) / c);
      for (int j = 0; j < d; j++) {
        out[i * d + j] = self * in[i * d + j];
      }
      for (int t = 0; t < c; t++) {
        int src = nb.rows()[i * nb.k() + t] * d;
        for (int j = 0; j < d; j++) {
          out[i * d + j] += each * in[src + j];
        }
      }
    }
    return out;
  }
}
