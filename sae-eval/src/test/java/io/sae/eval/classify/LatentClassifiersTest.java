package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.metrics.ClassificationMetrics;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The classifiers paper 002 reads latents with: nearest centroid, kNN, softmax regression, RBF SVM. */
class LatentClassifiersTest {
  @Test
  void nearestCentroidUsesClassMeans() {
    // class 0: (0,0), (2,0) -> centroid (1,0); class 1: (0,4), (0,6) -> (0,5); the unlabelled row is ignored
    FloatMatrix x = FloatMatrix.of(new double[][] {{0, 0}, {2, 0}, {0, 4}, {0, 6}, {100, 100}});
    NearestCentroid.Model m = new NearestCentroid().fit(x, new int[] {0, 0, 1, 1, Dataset.UNLABELED}, 2);
    assertThat(m.centroids().data()).containsExactly(1f, 0f, 0f, 5f);
    FloatMatrix q = FloatMatrix.of(new double[][] {{1, 1}, {0, 3.5}});
    assertThat(m.predict(q)).containsExactly(0, 1);
    // (0, 3.5): 1 + 12.25 to class 0, 2.25 to class 1
    assertThat(m.scores(q).row(1)).containsExactly(-13.25f, -2.25f);
  }

  @Test
  void knnVotesAmongTheKNearestWithTiesToTheSmallerRow() {
    FloatMatrix x = FloatMatrix.of(new double[][] {{0}, {1}, {2}, {10}, {11}});
    KNearestNeighbours.Model m = new KNearestNeighbours(3).fit(x, new int[] {0, 0, 0, 1, 1}, 2);
    // from 5: row 2 at 3, row 1 at 4, rows 0 and 3 both at 5 -> row 0 -> three votes for class 0
    // from 8: row 3 at 2, row 4 at 3, row 2 at 6 -> two of three for class 1
    FloatMatrix s = m.scores(FloatMatrix.of(new double[][] {{5}, {8}}));
    assertThat(s.row(0)[0]).isCloseTo(1f, within(1e-6f));
    assertThat(s.row(1)[1]).isCloseTo(2f / 3, within(1e-6f));
    assertThat(m.predict(FloatMatrix.of(new double[][] {{5}, {8}}))).containsExactly(0, 1);
    assertThatThrownBy(() -> new KNearestNeighbours(9).fit(x, new int[] {0, 0, 0, 1, 1}, 2)).hasMessageContaining("k = 9 but only 5");
  }

  @Test
  void softmaxRegressionSeparatesBlobsWithProbabilities() {
    double[][] centres = {{0, 0, 0}, {4, 0, 0}, {0, 4, 0}};
    Blobs train = Blobs.around(centres, 1.0, 600, 1);
    Blobs test = Blobs.around(centres, 1.0, 600, 2);
    SoftmaxRegression.Model m = SoftmaxRegression.DEFAULT.fit(train.x(), train.y(), 3);
    FloatMatrix p = m.scores(test.x());
    float sum = p.row(0)[0] + p.row(0)[1] + p.row(0)[2];
    assertThat(sum).isCloseTo(1f, within(1e-5f));
    // the Bayes error of these blobs is about 3%: a working fit is close to it
    assertThat(ClassificationMetrics.accuracy(test.y(), m.predict(test.x()))).isGreaterThan(0.93);
    assertThat(SoftmaxRegression.DEFAULT.fit(train.x(), train.y(), 3).scores(test.x())).isEqualTo(p);
  }

  @Test
  void rbfSvmSeparatesXorWhereALinearSvmCannot() {
    // class = whether x and y have the same sign: four blobs, no separating line
    Random random = new Random(5);
    int n = 800;
    double[][] rows = new double[n][2];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double sx = (i & 1) == 0 ? 2 : -2;
      double sy = (i & 2) == 0 ? 2 : -2;
      rows[i][0] = sx + 0.5 * random.nextGaussian();
      rows[i][1] = sy + 0.5 * random.nextGaussian();
      y[i] = sx * sy > 0 ? 0 : 1;
    }
    FloatMatrix x = FloatMatrix.of(rows);
    // alternate blocks of four rows (one per blob) between training and test
    int[] trainRows = java.util.stream.IntStream.range(0, n).filter(i -> i / 4 % 2 == 0).toArray();
    int[] testRows = java.util.stream.IntStream.range(0, n).filter(i -> i / 4 % 2 == 1).toArray();
    int[] yTrain = java.util.Arrays.stream(trainRows).map(i -> y[i]).toArray();
    int[] yTest = java.util.Arrays.stream(testRows).map(i -> y[i]).toArray();
    RbfSvm.Model rbf = new RbfSvm(1.0, 300, 3).fit(x.rows(trainRows), yTrain, 2);
    assertThat(rbf.trainingRows()).isEqualTo(300);
    double rbfAcc = ClassificationMetrics.accuracy(yTest, rbf.predict(x.rows(testRows)));
    double linAcc = ClassificationMetrics.accuracy(yTest, new LinearSvm(1.0).fit(x.rows(trainRows), yTrain, 2).predict(x.rows(testRows)));
    assertThat(rbfAcc).isGreaterThan(0.97);
    assertThat(linAcc).isLessThan(0.75);
  }

  @Test
  void rbfSvmDependsOnItsSeedNotOnWhatRanBefore() {
    // Overlapping blobs, so the support vectors LASVM ends with depend on the order it visits the rows in.
    double[][] centres = {{0, 0}, {1, 0}, {0, 1}};
    Blobs train = Blobs.around(centres, 0.8, 300, 5);
    Blobs test = Blobs.around(centres, 0.8, 300, 6);
    float[] first = new RbfSvm(1.0, 300, 7).fit(train.x(), train.y(), 3).scores(test.x()).data();
    new RbfSvm(1.0, 300, 8).fit(train.x(), train.y(), 3); // another fit on this thread in between
    float[] again = new RbfSvm(1.0, 300, 7).fit(train.x(), train.y(), 3).scores(test.x()).data();
    assertThat(again).containsExactly(first);
  }

  @Test
  void everyClassifierRejectsAClassWithoutRows() {
    FloatMatrix x = FloatMatrix.of(new double[][] {{0}, {1}, {2}});
    int[] y = {0, 0, 0};
    for (LatentClassifier c : new LatentClassifier[] {new NearestCentroid(), new KNearestNeighbours(1), SoftmaxRegression.DEFAULT, new RbfSvm(1, 10, 0)}) {
      assertThatThrownBy(() -> c.fit(x, y, 2)).hasMessageContaining("class 1 has no labelled training row");
    }
  }
}
