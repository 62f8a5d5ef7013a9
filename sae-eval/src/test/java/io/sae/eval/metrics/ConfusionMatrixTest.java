package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  private static final int[] TRUTH = {0, 0, 0, 1, 1, 2, -1};
  private static final int[] PREDICTED = {0, 1, 0, 1, 1, 0, 2};

  @Test
  void countsTrueAgainstPredicted() {
    ConfusionMatrix m = ConfusionMatrix.of(TRUTH, PREDICTED, 3);
    assertThat(m.counts()).isEqualTo(new long[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 0}});
    assertThat(m.count(0, 1)).isEqualTo(1);
    assertThat(m.classes()).isEqualTo(3);
    assertThat(m.total()).isEqualTo(6); // the unlabelled sample is skipped
    assertThat(m.correct()).isEqualTo(4);
    assertThat(m.support(0)).isEqualTo(3);
  }

  @Test
  void accuracyAndPerClassError() {
    ConfusionMatrix m = ConfusionMatrix.of(TRUTH, PREDICTED, 3);
    assertThat(m.accuracy()).isCloseTo(4.0 / 6, within(1e-15));
    assertThat(m.error()).isCloseTo(2.0 / 6, within(1e-15));
    assertThat(m.accuracy()).isCloseTo(ClassificationMetrics.accuracy(TRUTH, PREDICTED), within(1e-15));
    assertThat(m.perClassError()).containsExactly(1.0 / 3, 0.0, 1.0);
  }

  @Test
  void absentClassHasNanError() {
    ConfusionMatrix m = ConfusionMatrix.of(TRUTH, PREDICTED, 4);
    assertThat(m.perClassError()[3]).isNaN();
    assertThat(m.support(3)).isZero();
  }

  @Test
  void emptyIsNan() {
    assertThat(ConfusionMatrix.of(new int[0], new int[0], 2).accuracy()).isNaN();
  }

  @Test
  void countsAreACopy() {
    ConfusionMatrix m = ConfusionMatrix.of(TRUTH, PREDICTED, 3);
    m.counts()[0][0] = 99;
    assertThat(m.count(0, 0)).isEqualTo(2);
  }

  @Test
  void rejectsLabelsOutOfRange() {
    assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 0}, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("label 3 at index 1");
    assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, -1}, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("predictions");
  }
}
