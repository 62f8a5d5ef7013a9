package io.sae.spark.bench;

import java.util.SplittableRandom;

/**
 * Seeded synthetic samples for the benchmark: row {@code id}'s values depend on the seed and the id alone, so every
 * mode (one process, any number of Spark tasks) encodes exactly the same rows.
 */
final class SyntheticRows {
  private SyntheticRows() {}

  /** Row {@code id}: {@code size} values uniform in [0, 1), like grey values. */
  static float[] row(long seed, long id, int size) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
    float[] v = new float[size];
    for (int j = 0; j < size; j++) {
      v[j] = (float) r.nextDouble();
    }
    return v;
  }

  /** Rows {@code from} to {@code to - 1}, one after another. */
  static float[] rows(long seed, long from, long to, int size) {
    float[] out = new float[(int) (to - from) * size];
    for (long i = from; i < to; i++) {
      System.arraycopy(row(seed, i, size), 0, out, (int) (i - from) * size, size);
    }
    return out;
  }
}
