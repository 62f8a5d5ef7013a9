package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {
  @Test
  void countsOnlyLabelledSamples() {
    int[] truth = {0, 1, 2, 1, -1};
    int[] predicted = {0, 2, 2, 1, 0};
    // 4 labelled, 3 correct
    assertThat(ClassificationMetrics.accuracy(truth, predicted)).isEqualTo(0.75);
    assertThat(ClassificationMetrics.error(truth, predicted)).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void perfectAndHopeless() {
    assertThat(ClassificationMetrics.accuracy(new int[] {3, 1}, new int[] {3, 1})).isEqualTo(1.0);
    assertThat(ClassificationMetrics.error(new int[] {3, 1}, new int[] {1, 3})).isEqualTo(1.0);
  }

  @Test
  void nanWithoutLabels() {
    assertThat(ClassificationMetrics.accuracy(new int[] {-1, -1}, new int[] {0, 1})).isNaN();
    assertThat(ClassificationMetrics.error(new int[0], new int[0])).isNaN();
  }

  @Test
  void rejectsLengthMismatch() {
    assertThatThrownBy(() -> ClassificationMetrics.accuracy(new int[] {1, 2}, new int[] {1}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2 true labels but 1 predictions");
  }
}
