package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

class PredictionsTest {
  @Test
  void mostProbableClassPerRow() {
    FloatMatrix p = FloatMatrix.of(new double[][] {{0.1, 0.7, 0.2}, {0.5, 0.2, 0.3}, {0.0, 0.0, 1.0}});
    assertThat(Predictions.fromProbabilities(p)).containsExactly(1, 0, 2);
  }

  @Test
  void firstClassWinsTies() {
    FloatMatrix s = FloatMatrix.of(new double[][] {{0.5, 0.5}, {-2, -1}});
    assertThat(Predictions.argmax(s)).containsExactly(0, 1);
  }

  @Test
  void negativeScores() {
    FloatMatrix s = FloatMatrix.of(new double[][] {{-3, -1, -2}});
    assertThat(Predictions.argmax(s)).containsExactly(1);
  }

  @Test
  void emptyMatrixGivesNoLabels() {
    assertThat(Predictions.argmax(FloatMatrix.zeros(0, 3))).isEmpty();
  }

  @Test
  void rejectsNan() {
    FloatMatrix s = new FloatMatrix(1, 2, new float[] {0.3f, Float.NaN});
    assertThatThrownBy(() -> Predictions.fromProbabilities(s))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("row 0, class 1");
  }
}
