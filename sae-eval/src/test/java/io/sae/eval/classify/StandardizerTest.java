package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class StandardizerTest {
  @Test
  void meanAndPopulationStd() {
    // column 0: 1, 3 -> mean 2, std 1; column 1: 5, 5 -> mean 5, std 0 -> scale 1
    Standardizer s = Standardizer.fit(FloatMatrix.of(new double[][] {{1, 5}, {3, 5}}));
    assertThat(s.mean()).containsExactly(2, 5);
    assertThat(s.std()).containsExactly(1, 1);
    assertThat(s.apply(FloatMatrix.of(new double[][] {{4, 6}}))).isEqualTo(new double[][] {{2, 1}});
  }

  @Test
  void scaleIsTheStandardDeviation() {
    // 0, 0, 6, 6: mean 3, std 3
    Standardizer s = Standardizer.fit(FloatMatrix.of(new double[][] {{0}, {0}, {6}, {6}}));
    assertThat(s.std()).containsExactly(3);
    assertThat(s.apply(FloatMatrix.of(new double[][] {{0}, {9}}))).isEqualTo(new double[][] {{-1}, {2}});
  }
}
