package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class NearestCentreTest {
  @Test
  void assignsTheNearestCentreAndTheFirstOnTies() {
    FloatMatrix centres = FloatMatrix.of(new double[][] {{0, 0}, {4, 0}, {0, 3}});
    FloatMatrix x = FloatMatrix.of(new double[][] {{1, 0.5}, {3.9, 1}, {0.2, 2}, {2, 0}});
    // (2, 0) is 2 from centres 0 and 1: the first wins
    assertThat(NearestCentre.assign(centres, x)).containsExactly(0, 1, 2, 0);
    assertThatThrownBy(() -> NearestCentre.assign(centres, FloatMatrix.zeros(1, 3))).hasMessageContaining("rows have 3 values");
  }
}
