package io.sae.methods.geometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassSimilarityTest {
  // two centres 1 apart, radius 0.25: R_d = 1
  private final ClassSimilarity sim = new ClassSimilarity(ClusterLayout.given("0,0;1,0", "0.25", 2, 2), 0.79);

  @Test
  void vectorsFollowEquations12To14() {
    assertThat(sim.vector(new float[] {0, 0})).containsExactly(new double[] {1, 0}, within(1e-12));
    // on the edge: 1 - k_b sin(1) = b_c
    assertThat(sim.vector(new float[] {0.25f, 0})[0]).isCloseTo(0.79, within(1e-7));
    // halfway inside: 1 - (0.21 / sin 1) sin(0.5) = 0.880354
    assertThat(sim.vector(new float[] {0.125f, 0})[0]).isCloseTo(0.880354, within(1e-6));
    // outside, midway between the centres: 0.79 (1 - 0.5) / (1 - 0.25) = 0.526667 for both classes
    assertThat(sim.vector(new float[] {0.5f, 0})).containsExactly(new double[] {0.526667, 0.526667}, within(1e-6));
    // beyond R_d from both centres
    assertThat(sim.vector(new float[] {0.5f, 5f})).containsExactly(new double[] {0, 0}, within(1e-12));
  }

  @Test
  void pairSimilarityFollowsEquation15() {
    double[] a = sim.vector(new float[] {0, 0});
    double[] m = sim.vector(new float[] {0.5f, 0});
    // (min(1, .5267) + min(0, .5267)) / max(1, 1.0533) = 0.5
    assertThat(ClassSimilarity.pair(a, m)).isCloseTo(0.5, within(1e-6));
    assertThat(ClassSimilarity.pair(a, a)).isEqualTo(1.0);
    assertThat(ClassSimilarity.pair(a, sim.vector(new float[] {1, 0}))).isEqualTo(0.0);
    assertThat(ClassSimilarity.pair(new double[2], new double[2])).isEqualTo(0.0);
  }

  @Test
  void thePapersNumbers() {
    ClassSimilarity paper = new ClassSimilarity(ClusterLayout.circle(5, 2, 0.85, 0.34), ClassSimilarity.PAPER_BOUNDARY);
    assertThat(paper.neighbourDistance()).isCloseTo(1.0, within(1e-3));
    assertThatThrownBy(() -> new ClassSimilarity(ClusterLayout.circle(5, 2, 0.85, 1.2), 0.79)).hasMessageContaining("radius below");
    assertThatThrownBy(() -> new ClassSimilarity(ClusterLayout.circle(5, 2, 0.85, 0.3), 1.0)).hasMessageContaining("(0, 1)");
  }
}
