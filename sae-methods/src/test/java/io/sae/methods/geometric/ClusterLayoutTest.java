package io.sae.methods.geometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class ClusterLayoutTest {

  @Test
  void circleIsThePapersConfiguration() {
    ClusterLayout l = ClusterLayout.circle(5, 2, 0.85, 0.34);
    assertThat(l.centres().get(0, 0)).isCloseTo(0.85f, within(1e-6f));
    assertThat(l.centres().get(0, 1)).isCloseTo(0f, within(1e-6f));
    // 72 degrees: (0.85 cos 72, 0.85 sin 72) = (0.262664, 0.808398)
    assertThat(l.centres().get(1, 0)).isCloseTo(0.262664f, within(1e-5f));
    assertThat(l.centres().get(1, 1)).isCloseTo(0.808398f, within(1e-5f));
    // Eq. 14: R_d = 0.85 sqrt(2 (1 - cos 72)) = 0.999235, "R_d = 1" in the paper
    assertThat(l.neighbourDistance()).isCloseTo(0.999235, within(1e-5));
    assertThat(l.radii()).containsExactly(0.34, 0.34, 0.34, 0.34, 0.34);
    ClusterLayout l4 = ClusterLayout.circle(3, 4, 1, 0.2);
    assertThat(l4.centres().row(2)).containsExactly((float) Math.cos(4 * Math.PI / 3), (float) Math.sin(4 * Math.PI / 3), 0f, 0f);
  }

  @Test
  void simplexCentresAreEquidistantAtTheGivenDistance() {
    ClusterLayout l = ClusterLayout.simplex(4, 5, 0.85, 0.3);
    for (int i = 0; i < 4; i++) {
      assertThat(l.distance(new float[5], i)).isCloseTo(0.85, within(1e-6));
      for (int j = i + 1; j < 4; j++) {
        // edge of a regular simplex with circumradius R in n-1 dims: R sqrt(2 n / (n - 1)) = 0.85 sqrt(8/3)
        assertThat(l.distance(l.centres().row(j), i)).isCloseTo(0.85 * Math.sqrt(8.0 / 3), within(1e-5));
      }
      assertThat(l.centres().get(i, 3)).isZero();
      assertThat(l.centres().get(i, 4)).isZero();
    }
    assertThatThrownBy(() -> ClusterLayout.simplex(5, 3, 1, 0.1)).hasMessageContaining("at least classes - 1 = 4");
  }

  @Test
  void givenCentresAndRadiiAreParsedAndChecked() {
    ClusterLayout l = ClusterLayout.given("0,0; 1,0 ;0,2", "0.1,0.2,0.3", 3, 2);
    assertThat(l.centres()).isEqualTo(FloatMatrix.of(new double[][] {{0, 0}, {1, 0}, {0, 2}}));
    assertThat(l.radii()).containsExactly(0.1, 0.2, 0.3);
    assertThat(l.nearest(new float[] {0.9f, 0.3f})).isEqualTo(1);
    assertThat(l.inside(new float[] {1.19f, 0f}, 1)).isTrue();
    assertThat(l.inside(new float[] {1.21f, 0f}, 1)).isFalse();
    assertThatThrownBy(() -> ClusterLayout.given("0,0;1,0", "0.1", 3, 2)).hasMessageContaining("expected 3 rows");
    assertThatThrownBy(() -> ClusterLayout.given("0,0;1;2,2", "0.1", 3, 2)).hasMessageContaining("row 2");
    assertThatThrownBy(() -> ClusterLayout.given("0,0;1,0;2,x", "0.1", 3, 2)).hasMessageContaining("'x' is not a number");
    assertThatThrownBy(() -> ClusterLayout.given("0,0;1,0;2,2", "0.1,0.2", 3, 2)).hasMessageContaining("1 or 3 values");
    assertThatThrownBy(() -> ClusterLayout.given("0,0;1,0;2,2", "-1", 3, 2)).hasMessageContaining("positive");
    assertThatThrownBy(() -> ClusterLayout.given("0,0;1,0;2,NaN", "1", 3, 2)).hasMessageContaining("finite");
  }
}
