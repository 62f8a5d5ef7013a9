package io.sae.methods.sae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightedSmacofTest {
  private static double[][] ones(int n) {
    double[][] w = new double[n][n];
    for (double[] row : w) {
      java.util.Arrays.fill(row, 1);
    }
    return w;
  }

  private static double[][] allApart(int n, double d) {
    double[][] delta = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        delta[i][j] = i == j ? 0 : d;
      }
    }
    return delta;
  }

  @Test
  void threeEquidistantClassesBecomeAUnitTriangle() {
    double[][] start = {{0, 0}, {3, 0.5}, {0.2, 2}};
    var r = WeightedSmacof.fit(allApart(3, 1), ones(3), start, 500, 1e-12);
    assertThat(r.stress()).isLessThan(1e-10);
    assertThat(WeightedSmacof.distance(r.points()[0], r.points()[1])).isCloseTo(1, within(1e-5));
    assertThat(WeightedSmacof.distance(r.points()[1], r.points()[2])).isCloseTo(1, within(1e-5));
    assertThat(WeightedSmacof.distance(r.points()[0], r.points()[2])).isCloseTo(1, within(1e-5));
  }

  @Test
  void fourEquidistantClassesInThreeDimensionsBecomeARegularTetrahedron() {
    double[][] start = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}, {1, 1, 1}};
    var r = WeightedSmacof.fit(allApart(4, 2), ones(4), start, 2000, 1e-14);
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        assertThat(WeightedSmacof.distance(r.points()[i], r.points()[j])).isCloseTo(2, within(1e-4));
      }
    }
  }

  @Test
  void stressNeverIncreasesAndIsReportedForTheFinalPoints() {
    double[][] delta = {{0, 1, 2, 3}, {1, 0, 1, 2}, {2, 1, 0, 1}, {3, 2, 1, 0}};
    double[][] start = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
    double previous = WeightedSmacof.stress(delta, ones(4), start);
    double[][] x = start;
    for (int i = 0; i < 20; i++) {
      var r = WeightedSmacof.fit(delta, ones(4), x, 1, 0);
      assertThat(r.stress()).isLessThanOrEqualTo(previous + 1e-12).isCloseTo(WeightedSmacof.stress(delta, ones(4), r.points()), within(1e-12));
      previous = r.stress();
      x = r.points();
    }
    // four points on a line 1 apart fit exactly in two dimensions
    assertThat(WeightedSmacof.fit(delta, ones(4), start, 5000, 1e-15).stress()).isLessThan(1e-6);
  }

  /**
   * The design brief's scale note: the SAE distance matrix is zero inside a class, so MDS over N samples reduces to MDS
   * over the K class points weighted by n_a n_b. 60 samples in 3 classes (10, 20, 30), unequal class
   * distances, in 2-D: the N-sample solution started from the class means and the K-point solution give the
   * same aligned targets.
   */
  @Test
  void classPointMdsEqualsSampleMdsOnSixtySamples() {
    int[] sizes = {10, 20, 30};
    double[][] classDelta = {{0, 1, 2}, {1, 0, 1.5}, {2, 1.5, 0}};
    double[][] means = {{0.3, -0.2}, {2.5, 0.4}, {0.9, 3.1}};
    int n = 60;
    int[] cls = new int[n];
    for (int i = 0, c = 0; c < 3; c++) {
      for (int k = 0; k < sizes[c]; k++) {
        cls[i++] = c;
      }
    }
    double[][] wK = new double[3][3];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        wK[a][b] = sizes[a] * (double) sizes[b];
      }
    }
    var k = WeightedSmacof.fit(classDelta, wK, means, 200, 0); // the same 200 Guttman steps on both sides
    double[][] classTargets = Procrustes.align(k.points(), means, new double[] {10, 20, 30});

    double[][] deltaN = new double[n][n];
    double[][] startN = new double[n][];
    double[][] meansN = new double[n][];
    for (int i = 0; i < n; i++) {
      startN[i] = means[cls[i]].clone();
      meansN[i] = means[cls[i]].clone();
      for (int j = 0; j < n; j++) {
        deltaN[i][j] = classDelta[cls[i]][cls[j]];
      }
    }
    var full = WeightedSmacof.fit(deltaN, ones(n), startN, 200, 0);
    double[] unit = new double[n];
    java.util.Arrays.fill(unit, 1);
    double[][] sampleTargets = Procrustes.align(full.points(), meansN, unit);
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < 2; d++) {
        assertThat(sampleTargets[i][d]).as("sample %d, dim %d", i, d).isCloseTo(classTargets[cls[i]][d], within(1e-8));
      }
    }
    assertThat(full.stress()).isCloseTo(k.stress(), within(1e-8 * Math.max(1, k.stress())));
  }

  @Test
  void procrustesRecoversAKnownRotationAndShift() {
    Random r = new Random(3);
    double[][] y = new double[10][3];
    for (double[] row : y) {
      for (int j = 0; j < 3; j++) {
        row[j] = r.nextGaussian();
      }
    }
    // a rotation from the QR decomposition of a random matrix
    double[][] a = new double[3][3];
    for (double[] row : a) {
      for (int j = 0; j < 3; j++) {
        row[j] = r.nextGaussian();
      }
    }
    double[][] rot = new org.apache.commons.math3.linear.QRDecomposition(new org.apache.commons.math3.linear.Array2DRowRealMatrix(a)).getQ().getData();
    double[] shift = {5, -2, 0.5};
    double[][] m = new double[10][3];
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 3; j++) {
        for (int l = 0; l < 3; l++) {
          m[i][j] += y[i][l] * rot[l][j];
        }
        m[i][j] += shift[j];
      }
    }
    double[] w = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[][] aligned = Procrustes.align(y, m, w);
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(aligned[i][j]).isCloseTo(m[i][j], within(1e-12));
      }
    }
  }
}
