package io.sae.tf.spi;

import java.util.SplittableRandom;

/** How a parameter's first values are drawn (on the host, from a seeded generator). */
public sealed interface Initializer permits Initializer.GlorotUniform, Initializer.Constant, Initializer.Normal {

  /** Fills {@code values} (shape {@code shape}) from {@code random}. */
  void fill(float[] values, long[] shape, SplittableRandom random);

  /**
   * Glorot/Xavier uniform: U(-l, l) with l = sqrt(6 / (fan_in + fan_out)). For a dense kernel [in, out] the fans
   * are in and out; for a convolution kernel [k, k, in, out] they are k*k*in and k*k*out.
   */
  record GlorotUniform() implements Initializer {
    @Override
    public void fill(float[] values, long[] shape, SplittableRandom random) {
      long receptive = 1;
      for (int i = 0; i < shape.length - 2; i++) {
        receptive *= shape[i];
      }
      long fanIn = shape.length >= 2 ? shape[shape.length - 2] * receptive : shape[0];
      long fanOut = shape.length >= 2 ? shape[shape.length - 1] * receptive : shape[0];
      double limit = Math.sqrt(6.0 / (fanIn + fanOut));
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
      }
    }
  }

  /** Every value the same (biases: 0). */
  record Constant(float value) implements Initializer {
    @Override
    public void fill(float[] values, long[] shape, SplittableRandom random) {
      java.util.Arrays.fill(values, value);
    }
  }

  /** N(0, stddev^2), e.g. for learned centres. */
  record Normal(double stddev) implements Initializer {
    @Override
    public void fill(float[] values, long[] shape, SplittableRandom random) {
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) (gaussian(random) * stddev);
      }
    }

    private static double gaussian(SplittableRandom r) {
      double u = r.nextDouble();
      double v = r.nextDouble();
      return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }
  }
}
