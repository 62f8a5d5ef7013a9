package io.sae.methods;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import java.util.List;
import java.util.Random;

/** Small seeded data sets the method tests share. */
public final class ToyData {
  private ToyData() {}

  /**
   * {@code n} samples of 16 values in [0, 1], classes a and b alternating: one nuisance value per sample shapes a large
   * pattern, and class b adds a smaller offset on the first 8 values; noise 0.02.
   */
  public static Dataset twoClasses(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * 16];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
      double nuisance = r.nextDouble();
      for (int j = 0; j < 16; j++) {
        double noise = 0.02 * r.nextGaussian();
        x[i * 16 + j] = (float) Math.min(1, Math.max(0, 0.5 + 0.35 * Math.sin(j + 6 * nuisance) + (y[i] == 1 && j < 8 ? 0.1 : 0) + noise));
      }
    }
    return new Dataset("two", new FloatMatrix(n, 16, x), new int[] {16}, y, List.of("a", "b"));
  }
}
