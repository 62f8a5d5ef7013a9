package io.sae.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TsneTest {
  /** Two tight clusters 10 apart in 10-D, 60 points each. */
  private static FloatMatrix twoClusters() {
    Random r = new Random(3);
    float[] x = new float[120 * 10];
    for (int i = 0; i < 120; i++) {
      for (int j = 0; j < 10; j++) {
        x[i * 10 + j] = (float) ((i < 60 ? 0 : 10 / Math.sqrt(10)) + 0.3 * r.nextGaussian());
      }
    }
    return new FloatMatrix(120, 10, x);
  }

  @Test
  void keepsSeparatedClustersApartAndIsReproducible() {
    FloatMatrix x = twoClusters();
    FloatMatrix e = new Tsne(20, 1000, 5).embed(x);
    assertThat(e.rows()).isEqualTo(120);
    assertThat(e.cols()).isEqualTo(2);
    // every point is nearer its own cluster's 2-D centre than the other's
    double[][] centre = new double[2][2];
    for (int i = 0; i < 120; i++) {
      centre[i / 60][0] += e.get(i, 0) / 60.0;
      centre[i / 60][1] += e.get(i, 1) / 60.0;
    }
    for (int i = 0; i < 120; i++) {
      double own = Math.hypot(e.get(i, 0) - centre[i / 60][0], e.get(i, 1) - centre[i / 60][1]);
      double other = Math.hypot(e.get(i, 0) - centre[1 - i / 60][0], e.get(i, 1) - centre[1 - i / 60][1]);
      assertThat(own).as("point %d", i).isLessThan(other);
    }
    assertThat(new Tsne(20, 1000, 5).embed(x).data()).containsExactly(e.data());
    assertThat(new Tsne(20, 1000, 6).embed(x).data()).isNotEqualTo(e.data());
  }

  @Test
  void rejectsTooFewPointsAndNaN() {
    assertThatThrownBy(() -> Tsne.defaults(1).embed(FloatMatrix.zeros(50, 3))).hasMessageContaining("more than 3 x perplexity");
    FloatMatrix bad = twoClusters();
    bad.data()[7] = Float.NaN;
    assertThatThrownBy(() -> new Tsne(20, 300, 1).embed(bad)).hasMessageContaining("t-SNE input");
    assertThatThrownBy(() -> new Tsne(1, 300, 1)).hasMessageContaining("perplexity");
  }
}
