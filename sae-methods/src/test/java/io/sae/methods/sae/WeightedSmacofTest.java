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

  /**
   * The plain-loop SMACOF gives the bits the Commons Math version gave (kept below as the reference, as it was
   * before issue 18): the sae fixture's weights depend on them. Ten class points in ten dimensions with class-size
   * weights, as in a refresh, plus a smaller case with an unequal distance matrix.
   */
  @Test
  void sameBitsAsTheCommonsMathVersion() {
    Random random = new Random(18);
    for (int trial = 0; trial < 20; trial++) {
      int n = trial % 2 == 0 ? 10 : 4;
      int dims = trial % 2 == 0 ? 10 : 3;
      double[][] start = new double[n][dims];
      double[] sizes = new double[n];
      for (int i = 0; i < n; i++) {
        sizes[i] = 5000 + random.nextInt(2000);
        for (int j = 0; j < dims; j++) {
          start[i][j] = random.nextGaussian() * 0.3;
        }
      }
      double[][] delta = allApart(n, 1);
      if (trial % 2 == 1) {
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            delta[i][j] = delta[j][i] = 0.5 + random.nextDouble();
          }
        }
      }
      double[][] w = new double[n][n];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          w[a][b] = sizes[a] * sizes[b];
        }
      }
      int iterations = trial < 10 ? 300 : 7;
      var fast = WeightedSmacof.fit(delta, w, start, iterations, 1e-6);
      var reference = CommonsMathSmacof.fit(delta, w, start, iterations, 1e-6);
      assertThat(fast.iterations()).isEqualTo(reference.iterations());
      assertThat(Double.doubleToRawLongBits(fast.stress())).isEqualTo(Double.doubleToRawLongBits(reference.stress()));
      assertThat(fast.points()).isDeepEqualTo(reference.points());
    }
  }

  /** WeightedSmacof.fit as it was before issue 18, on Commons Math matrices: the reference for the bits. */
  private static final class CommonsMathSmacof {
    static WeightedSmacof.Result fit(double[][] delta, double[][] weights, double[][] start, int maxIterations, double tolerance) {
      int n = weights.length;
      double[][] v = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j) {
            v[i][j] = -weights[i][j];
            v[i][i] += weights[i][j];
          }
        }
      }
      var vPlus = new org.apache.commons.math3.linear.SingularValueDecomposition(new org.apache.commons.math3.linear.Array2DRowRealMatrix(v, false))
          .getSolver().getInverse();
      double[][] x = new double[n][];
      for (int i = 0; i < n; i++) {
        x[i] = start[i].clone();
      }
      double stress = WeightedSmacof.stress(delta, weights, x);
      int it = 0;
      while (it < maxIterations) {
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            if (i != j) {
              double d = WeightedSmacof.distance(x[i], x[j]);
              b[i][j] = d > 0 ? -weights[i][j] * delta[i][j] / d : 0;
              b[i][i] -= b[i][j];
            }
          }
        }
        double[][] next = vPlus.multiply(new org.apache.commons.math3.linear.Array2DRowRealMatrix(b))
            .multiply(new org.apache.commons.math3.linear.Array2DRowRealMatrix(x, false)).getData();
        double nextStress = WeightedSmacof.stress(delta, weights, next);
        it++;
        boolean converged = stress - nextStress <= tolerance * Math.max(stress, Double.MIN_NORMAL);
        x = next;
        stress = nextStress;
        if (converged) {
          break;
        }
      }
      return new WeightedSmacof.Result(x, stress, it);
    }
  }
}
