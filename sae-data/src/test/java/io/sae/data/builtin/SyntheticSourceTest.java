package io.sae.data.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SyntheticSourceTest {
  private static DatasetSplit load(long seed) {
    return new SyntheticSource().load(new DataContext(Path.of("unused"), m -> {}, seed));
  }

  @Test
  void shapesClassesAndNaming() {
    DatasetSplit s = load(1);
    assertThat(s.train().size()).isEqualTo(6000);
    assertThat(s.test().size()).isEqualTo(1000);
    assertThat(s.train().sampleShape()).containsExactly(300);
    assertThat(s.train().classNames()).containsExactly("type-a", "type-b");
    assertThat(s.train().name()).isEqualTo("synthetic");
    assertThat(s.test().name()).isEqualTo("synthetic-test");
    assertThat(new SyntheticSource().description()).startsWith("synthetic (not real data)");
    assertThat(new SyntheticSource().isCached(new DataContext(Path.of("unused"), m -> {}, 1))).isTrue();
    // classes drawn with probability 1/2: 6000 draws stay within 5 standard deviations (5 * 38.7) of 3000
    assertThat(s.train().classCounts()[0]).isBetween(2806, 3194);
  }

  @Test
  void deterministicPerSeed() {
    DatasetSplit a = load(42);
    DatasetSplit b = load(42);
    assertThat(a.train().features()).isEqualTo(b.train().features());
    assertThat(a.train().labels()).isEqualTo(b.train().labels());
    assertThat(a.test().features()).isEqualTo(b.test().features());
    assertThat(load(43).train().features()).isNotEqualTo(a.train().features());
  }

  @Test
  void roughlyStandardisedWithADominantNuisanceAndASubtleClassShift() {
    Dataset t = load(7).train();
    int n = t.size();
    int d = t.dimension();
    float[] x = t.features().data();
    double sum = 0;
    double sumSq = 0;
    double[][] classMean = new double[2][d];
    int[] counts = t.classCounts();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = x[i * d + j];
        sum += v;
        sumSq += v * v;
        classMean[t.label(i)][j] += v / counts[t.label(i)];
      }
    }
    double mean = sum / ((double) n * d);
    double variance = sumSq / ((double) n * d) - mean * mean;
    // expected variance sum_j (0.37 * 0.92^j)^2 (j < 20) + 0.05^2 + 0.35^2 = 0.8595 + 0.0025 + 0.1225 = 0.9845
    assertThat(mean).isBetween(-0.1, 0.1);
    assertThat(variance).isBetween(0.85, 1.15);
    double gap = 0;
    for (int j = 0; j < d; j++) {
      double g = classMean[1][j] - classMean[0][j];
      gap += g * g;
    }
    // class means are 2 * 0.05 * |V| apart, |V| ~ sqrt(300) = 17.3: about 1.73; per value only 0.1
    assertThat(Math.sqrt(gap)).isBetween(1.4, 2.1);
    assertThat(Math.sqrt(gap / d)).isLessThan(0.3 * Math.sqrt(variance));
  }
}
