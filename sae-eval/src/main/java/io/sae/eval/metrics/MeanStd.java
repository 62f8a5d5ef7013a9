package io.sae.eval.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * Mean and sample standard deviation (n - 1 in the denominator; 0 for one value) of repeated measurements,
 * e.g. accuracies over seeds or splits.
 *
 * @param values the measurements
 * @param mean their mean
 * @param std their sample standard deviation
 */
public record MeanStd(double[] values, double mean, double std) {
  public MeanStd {
    values = values.clone();
  }

  /** Summarises {@code values} (at least one). */
  public static MeanStd of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("mean and std need at least one value");
    }
    double mean = Arrays.stream(values).average().orElseThrow();
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return new MeanStd(values, mean, values.length < 2 ? 0 : Math.sqrt(ss / (values.length - 1)));
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** E.g. {@code 0.7571 ± 0.0123} with {@code digits} decimals. */
  public String format(int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f ± %." + digits + "f", mean, std);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeanStd m && Arrays.equals(m.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return format(4) + " (n=" + values.length + ")";
  }
}
