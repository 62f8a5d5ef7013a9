package io.sae.eval.classify;

import io.sae.api.data.FloatMatrix;
import java.util.Random;

/** Gaussian blobs around given centres, samples cycling through the classes. */
record Blobs(FloatMatrix x, int[] y) {
  static Blobs around(double[][] centres, double sigma, int n, long seed) {
    Random random = new Random(seed);
    int d = centres[0].length;
    float[] data = new float[n * d];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      int c = i % centres.length;
      y[i] = c;
      for (int j = 0; j < d; j++) {
        data[i * d + j] = (float) (centres[c][j] + sigma * random.nextGaussian());
      }
    }
    return new Blobs(new FloatMatrix(n, d, data), y);
  }
}
