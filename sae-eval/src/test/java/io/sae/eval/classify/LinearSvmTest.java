package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.metrics.ClassificationMetrics;
import io.sae.eval.metrics.ConfusionMatrix;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LinearSvmTest {
  private static final double[][] TWO = {{-10, 0, 0}, {10, 0, 0}};
  private static final double[][] TRIANGLE = {{0, 10}, {-9, -5}, {9, -5}};

  @Test
  void twoFarBlobsAreSeparatedWithoutError() {
    Blobs train = Blobs.around(TWO, 1, 400, 1);
    Blobs test = Blobs.around(TWO, 1, 400, 2);
    LinearSvm.Model model = new LinearSvm(1.0).fit(train.x(), train.y(), 2);
    assertThat(ClassificationMetrics.error(train.y(), model.predict(train.x()))).isZero();
    assertThat(ClassificationMetrics.error(test.y(), model.predict(test.x()))).isZero();
    assertThat(model.classes()).isEqualTo(2);
    assertThat(model.dimension()).isEqualTo(3);
    assertThat(model.trainingRows()).isEqualTo(400);
  }

  @Test
  void scoresAreSignedDecisionValuesAlongTheSeparatingAxis() {
    Blobs train = Blobs.around(TWO, 1, 400, 3);
    LinearSvm.Model model = new LinearSvm(1.0).fit(train.x(), train.y(), 2);
    double[][] w = model.weights();
    // class 1 sits at +x: its weight on feature 0 is positive and dominant; class 0 mirrors it
    assertThat(w[1][0]).isPositive();
    assertThat(w[0][0]).isNegative();
    assertThat(Math.abs(w[1][0])).isGreaterThan(10 * Math.max(Math.abs(w[1][1]), Math.abs(w[1][2])));
    FloatMatrix s = model.scores(FloatMatrix.of(new double[][] {{-10, 0, 0}, {10, 0, 0}}));
    assertThat(s.rows()).isEqualTo(2);
    assertThat(s.cols()).isEqualTo(2);
    // at the class centres the own SVM says yes (> 1 beyond the margin), the other says no
    assertThat(s.get(0, 0)).isGreaterThan(1f);
    assertThat(s.get(0, 1)).isLessThan(-1f);
    assertThat(s.get(1, 1)).isGreaterThan(1f);
    assertThat(s.get(1, 0)).isLessThan(-1f);
  }

  @Test
  void threeClassesAtTheCornersOfATriangle() {
    Blobs train = Blobs.around(TRIANGLE, 1, 600, 4);
    Blobs test = Blobs.around(TRIANGLE, 1, 300, 5);
    LinearSvm.Model model = new LinearSvm(1.0).fit(train.x(), train.y(), 3);
    ConfusionMatrix m = ConfusionMatrix.of(test.y(), model.predict(test.x()), 3);
    assertThat(m.error()).isZero();
    assertThat(m.perClassError()).containsExactly(0, 0, 0);
    assertThat(model.predict(FloatMatrix.of(TRIANGLE))).containsExactly(0, 1, 2);
  }

  @Test
  void featuresAreStandardisedOnTheTrainingRows() {
    // the same problem scaled by 1000 and shifted gives the same predictions
    Blobs train = Blobs.around(TRIANGLE, 1, 300, 6);
    FloatMatrix scaled = map(train.x(), v -> v * 1000 + 5000);
    LinearSvm.Model plain = new LinearSvm(1.0).fit(train.x(), train.y(), 3);
    LinearSvm.Model big = new LinearSvm(1.0).fit(scaled, train.y(), 3);
    assertThat(big.standardizer().mean()[0]).isGreaterThan(4000);
    assertThat(big.predict(scaled)).containsExactly(plain.predict(train.x()));
  }

  @Test
  void sameSeedSameModel() {
    Blobs train = Blobs.around(TRIANGLE, 3, 600, 7);
    LinearSvm svm = new LinearSvm(0.5, 10_000, 11);
    assertThat(svm.fit(train.x(), train.y(), 3)).isEqualTo(svm.fit(train.x(), train.y(), 3));
  }

  @Test
  void unlabelledRowsAreIgnored() {
    Blobs train = Blobs.around(TWO, 1, 200, 8);
    // append 50 unlabelled rows on the wrong side
    float[] data = Arrays.copyOf(train.x().data(), (200 + 50) * 3);
    int[] y = Arrays.copyOf(train.y(), 250);
    for (int i = 200; i < 250; i++) {
      data[i * 3] = 10;
      y[i] = -1;
    }
    LinearSvm svm = new LinearSvm(1.0);
    LinearSvm.Model withUnlabelled = svm.fit(new FloatMatrix(250, 3, data), y, 2);
    assertThat(withUnlabelled).isEqualTo(svm.fit(train.x(), train.y(), 2));
    assertThat(withUnlabelled.trainingRows()).isEqualTo(200);
  }

  @Test
  void subsamplesToTheRowCap() {
    Blobs train = Blobs.around(TRIANGLE, 1, 3000, 9);
    LinearSvm.Model model = new LinearSvm(1.0, 300, 1).fit(train.x(), train.y(), 3);
    assertThat(model.trainingRows()).isEqualTo(300);
    assertThat(ClassificationMetrics.error(train.y(), model.predict(train.x()))).isZero();
  }

  @Test
  void fromTheMethodsSpec() {
    LinearSvm svm = LinearSvm.of(io.sae.api.method.ReadoutSpec.linearSvm(2.0), 5);
    assertThat(svm).isEqualTo(new LinearSvm(2.0, LinearSvm.DEFAULT_MAX_ROWS, 5));
  }

  @Test
  void rejectsBadInput() {
    Blobs train = Blobs.around(TWO, 1, 20, 10);
    LinearSvm svm = new LinearSvm(1.0);
    assertThatThrownBy(() -> svm.fit(train.x(), new int[] {0, 1}, 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 labels for 20 rows");
    assertThatThrownBy(() -> svm.fit(train.x(), train.y(), 3))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("class 2 has no labelled training row");
    int[] bad = train.y().clone();
    bad[3] = 7;
    assertThatThrownBy(() -> svm.fit(train.x(), bad, 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("label 7 at index 3");
    FloatMatrix nan = map(train.x(), v -> v);
    nan.data()[4] = Float.NaN;
    assertThatThrownBy(() -> svm.fit(nan, train.y(), 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 1, column 1 is NaN");
    assertThatThrownBy(() -> new LinearSvm(0)).isInstanceOf(InvalidInputException.class);
    LinearSvm.Model model = svm.fit(train.x(), train.y(), 2);
    assertThatThrownBy(() -> model.scores(FloatMatrix.zeros(1, 2)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("fitted on 3");
  }

  private static FloatMatrix map(FloatMatrix x, java.util.function.DoubleUnaryOperator f) {
    float[] out = new float[x.data().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) f.applyAsDouble(x.data()[i]);
    }
    return new FloatMatrix(x.rows(), x.cols(), out);
  }
}
