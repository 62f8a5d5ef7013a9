package io.sae.eval.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import io.sae.eval.classify.FittedClassifier;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void reliabilityBinsAndExpectedCalibrationError() {
    // bin [0, 0.5): confidences 0.2, 0.4, one right -> precision 0.5, mean confidence 0.3
    // bin [0.5, 1]: confidences 0.9, 1.0, 0.8, all right -> precision 1, mean confidence 0.9
    double[] conf = {0.2, 0.4, 0.9, 1.0, 0.8};
    boolean[] ok = {true, false, true, true, true};
    Reliability r = Reliability.of(conf, ok, 2);
    assertThat(r.counts()).containsExactly(2, 3);
    assertThat(r.precision()).containsExactly(0.5, 1.0);
    assertThat(r.meanConfidence()[0]).isCloseTo(0.3, within(1e-12));
    assertThat(r.meanConfidence()[1]).isCloseTo(0.9, within(1e-12));
    // ECE = 2/5 * |0.5 - 0.3| + 3/5 * |1 - 0.9| = 0.08 + 0.06
    assertThat(r.ece()).isCloseTo(0.14, within(1e-12));
    assertThat(r.binCentres()).containsExactly(0.25, 0.75);
    assertThat(Reliability.of(new double[] {0.1}, new boolean[] {true}, 4).precision()[1]).isNaN();
    assertThatThrownBy(() -> Reliability.of(new double[] {1.2}, new boolean[] {true}, 2)).hasMessageContaining("outside [0, 1]");
  }

  /** Two classes on a line, f_0(z) = -z, f_1(z) = z, centres at -2 and 2. */
  private static final FittedClassifier LINE = new FittedClassifier() {
    @Override
    public int classes() {
      return 2;
    }

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public FloatMatrix scores(FloatMatrix x) {
      float[] out = new float[x.rows() * 2];
      for (int i = 0; i < x.rows(); i++) {
        out[2 * i] = -x.get(i, 0);
        out[2 * i + 1] = x.get(i, 0);
      }
      return new FloatMatrix(x.rows(), 2, out);
    }
  };

  @Test
  void scoresAreScaledBetweenTheClassCentres() {
    FloatMatrix centres = FloatMatrix.of(new double[][] {{-2}, {2}});
    // class 1: f_1 = z, own centre 2 -> 1, rival centre -2 -> 0: s = (z + 2) / 4
    double[] s = CentreNormalizedScores.confidence(LINE, centres, FloatMatrix.of(new double[][] {{1}, {2}, {5}, {-1}, {0.2}}));
    assertThat(s[0]).isCloseTo(0.75, within(1e-9));
    assertThat(s[1]).isCloseTo(1.0, within(1e-9));
    assertThat(s[2]).isEqualTo(1.0); // beyond its centre: clipped
    assertThat(s[3]).isCloseTo(0.75, within(1e-9)); // class 0 predicted, symmetric
    assertThat(s[4]).isCloseTo(0.55, within(1e-6)); // near the boundary: about a coin flip
  }

  @Test
  void centresThatDoNotScoreAboveTheirRivalsAreRejected() {
    FloatMatrix swapped = FloatMatrix.of(new double[][] {{2}, {-2}});
    assertThatThrownBy(() -> CentreNormalizedScores.confidence(LINE, swapped, FloatMatrix.of(new double[][] {{0}})))
        .hasMessageContaining("cannot be normalised");
  }
}
