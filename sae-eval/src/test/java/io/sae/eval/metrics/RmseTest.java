package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class RmseTest {
  @Test
  void rootOfMeanSquaredDifferenceOverAllValues() {
    FloatMatrix a = FloatMatrix.of(new double[][] {{1, 2}, {3, 4}});
    FloatMatrix b = FloatMatrix.of(new double[][] {{1, 0}, {3, 8}});
    // differences 0, 2, 0, -4 -> squares 0, 4, 0, 16 -> mean 5
    assertThat(Rmse.meanSquared(a, b)).isEqualTo(5.0);
    assertThat(Rmse.of(a, b)).isCloseTo(Math.sqrt(5), within(1e-12));
    assertThat(Rmse.of(b, a)).isEqualTo(Rmse.of(a, b));
  }

  @Test
  void zeroForIdenticalMatrices() {
    FloatMatrix a = FloatMatrix.of(new double[][] {{0.5, -1}, {2, 7}, {3, 3}});
    assertThat(Rmse.of(a, a)).isZero();
  }

  @Test
  void singleValue() {
    assertThat(Rmse.of(FloatMatrix.of(new double[][] {{-3}}), FloatMatrix.of(new double[][] {{1}}))).isEqualTo(4.0);
  }

  @Test
  void nanWhenEmpty() {
    assertThat(Rmse.of(FloatMatrix.zeros(0, 3), FloatMatrix.zeros(0, 3))).isNaN();
  }

  @Test
  void rejectsDifferentShapes() {
    assertThatThrownBy(() -> Rmse.of(FloatMatrix.zeros(2, 3), FloatMatrix.zeros(3, 2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2x3 vs 3x2");
  }
}
