package io.sae.tf.graph;

import io.sae.tf.spi.Initializer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitializerTest {
  @Test
  void glorotUniformUsesFansOfDenseAndConvKernels() {
    float[] dense = new float[100 * 50];
    new Initializer.GlorotUniform().fill(dense, new long[] {100, 50}, new SplittableRandom(1));
    double limit = Math.sqrt(6.0 / 150); // 0.2
    assertThat(max(dense)).isLessThanOrEqualTo((float) limit).isGreaterThan((float) (0.95 * limit));

    float[] conv = new float[3 * 3 * 8 * 16];
    new Initializer.GlorotUniform().fill(conv, new long[] {3, 3, 8, 16}, new SplittableRandom(1));
    double convLimit = Math.sqrt(6.0 / (9 * 8 + 9 * 16)); // fans k*k*in and k*k*out
    assertThat(max(conv)).isLessThanOrEqualTo((float) convLimit).isGreaterThan((float) (0.9 * convLimit));
  }

  @Test
  void normalHasTheRequestedSpread() {
    float[] v = new float[20000];
    new Initializer.Normal(0.5).fill(v, new long[] {20000}, new SplittableRandom(3));
    double mean = 0;
    double sq = 0;
    for (float x : v) {
      mean += x;
      sq += x * x;
    }
    mean /= v.length;
    assertThat(mean).isBetween(-0.02, 0.02);
    assertThat(Math.sqrt(sq / v.length)).isBetween(0.48, 0.52);
  }

  private static float max(float[] v) {
    float m = 0;
    for (float x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
