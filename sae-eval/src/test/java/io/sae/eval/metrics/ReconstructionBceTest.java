package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class ReconstructionBceTest {
  @Test
  void sumsOverValuesAndAveragesOverSamples() {
    // sample 1: -ln 0.5 - ln(1 - 0.9) = 0.693147 + 2.302585; sample 2: perfect but clipped, -2 ln(1 - 1e-7) = 2e-7
    FloatMatrix p = FloatMatrix.of(new double[][] {{0.5, 0.9}, {1, 0}});
    FloatMatrix t = FloatMatrix.of(new double[][] {{1, 0}, {1, 0}});
    assertThat(ReconstructionBce.perSample(p, t)).isCloseTo((0.693147 + 2.302585 + 2e-7) / 2, within(1e-5));
  }

  @Test
  void aSaturatedWrongValueCostsAboutSixteenNotInfinity() {
    double v = ReconstructionBce.perSample(FloatMatrix.of(new double[][] {{0}}), FloatMatrix.of(new double[][] {{1}}));
    assertThat(v).isCloseTo(-Math.log(1e-7), within(1e-6));
  }

  @Test
  void rejectsMismatchedShapes() {
    assertThatThrownBy(() -> ReconstructionBce.perSample(FloatMatrix.zeros(2, 2), FloatMatrix.zeros(2, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
