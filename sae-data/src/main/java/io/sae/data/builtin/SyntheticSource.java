package io.sae.data.builtin;

import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.FloatMatrix;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic vector dataset with hidden structure, standing in for the papers' data that cannot be had here
 * (3D body shapes, faces): <b>not real data</b>, and named "synthetic" wherever it appears.
 *
 * <p>Each sample is a vector of {@value #DIMENSION} values:
 *
 * <pre>
 * x = sum_j a_j (P_j cos t_j + Q_j sin t_j)  +  b (2c - 1) V  +  s e
 * </pre>
 *
 * <ul>
 *   <li>a dominant nuisance, like pose: {@value #CURVES} angles {@code t_j} uniform in [-pi, pi) move the sample
 *       along closed curves spanned by random directions {@code P_j, Q_j}, with amplitudes
 *       {@code a_j = 0.37 * 0.92^j}; about 87% of the variance, spread over 40 directions;
 *   <li>a subtle class factor, like sex or body type: class {@code c} in {0, 1} (equally likely) shifts the
 *       sample by {@code +-b V} with {@code b = 0.05}; 0.25% of the variance. Along {@code V} the class
 *       factor's variance (b^2 |V|^2, about 0.75) is below that of every nuisance direction (a_j^2 |P_j|^2 / 2 >=
 *       0.85), so an autoencoder with fewer than 40 latent dimensions that keeps the largest variance loses it;
 *       yet the class means lie {@code 2 b |V|}, about 1.7, apart, and a linear classifier that projects out the
 *       nuisance directions separates the classes with about 1% error;
 *   <li>noise {@code e} standard normal per value, {@code s = 0.35}.
 * </ul>
 *
 * The directions have standard normal entries, so every value has mean about 0 and variance about 1.
 * Everything (directions, angles, classes, noise) comes from {@link DataContext#seed()}: the same seed gives
 * the same dataset.
 */
public final class SyntheticSource implements DatasetSource {
  public static final String NAME = "synthetic";
  public static final int DIMENSION = 300;
  public static final int TRAIN_SIZE = 6000;
  public static final int TEST_SIZE = 1000;
  public static final List<String> CLASS_NAMES = List.of("type-a", "type-b");

  static final int CURVES = 20;
  static final double[] NUISANCE = amplitudes(CURVES, 0.37, 0.92);
  static final double CLASS_SHIFT = 0.05;
  static final double NOISE = 0.35;

  private static double[] amplitudes(int n, double first, double ratio) {
    double[] a = new double[n];
    for (int j = 0; j < n; j++) {
      a[j] = first * Math.pow(ratio, j);
    }
    return a;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "synthetic (not real data): " + TRAIN_SIZE + " train / " + TEST_SIZE + " test vectors of " + DIMENSION
        + " values, a dominant pose-like nuisance and a subtle 2-class factor, generated from the seed";
  }

  /** Nothing to fetch. */
  @Override
  public boolean isCached(DataContext context) {
    return true;
  }

  @Override
  public DatasetSplit load(DataContext context) {
    SplittableRandom rng = new SplittableRandom(context.seed());
    Gaussian g = new Gaussian(rng);
    int k = NUISANCE.length;
    double[][] p = new double[k][];
    double[][] q = new double[k][];
    for (int j = 0; j < k; j++) {
      p[j] = g.vector(DIMENSION);
      q[j] = g.vector(DIMENSION);
    }
    double[] v = g.vector(DIMENSION);
    Dataset train = generate(NAME, TRAIN_SIZE, rng, g, p, q, v);
    Dataset test = generate(NAME + "-test", TEST_SIZE, rng, g, p, q, v);
    return new DatasetSplit(train, test);
  }

  private static Dataset generate(
      String name, int n, SplittableRandom rng, Gaussian g, double[][] p, double[][] q, double[] v) {
    float[] data = new float[n * DIMENSION];
    int[] labels = new int[n];
    double[] cos = new double[NUISANCE.length];
    double[] sin = new double[NUISANCE.length];
    for (int i = 0; i < n; i++) {
      labels[i] = rng.nextInt(2);
      for (int j = 0; j < NUISANCE.length; j++) {
        double t = (rng.nextDouble() * 2 - 1) * Math.PI;
        cos[j] = NUISANCE[j] * StrictMath.cos(t);
        sin[j] = NUISANCE[j] * StrictMath.sin(t);
      }
      double shift = CLASS_SHIFT * (2 * labels[i] - 1);
      for (int d = 0; d < DIMENSION; d++) {
        double x = shift * v[d] + NOISE * g.next();
        for (int j = 0; j < NUISANCE.length; j++) {
          x += cos[j] * p[j][d] + sin[j] * q[j][d];
        }
        data[i * DIMENSION + d] = (float) x;
      }
    }
    return new Dataset(name, new FloatMatrix(n, DIMENSION, data), new int[] {DIMENSION}, labels, CLASS_NAMES);
  }

  /**
   * Standard normal values by the Box-Muller transform over {@link SplittableRandom#nextDouble()}: spelled
   * out (with {@link StrictMath}) rather than {@code nextGaussian()} so that a seed gives the same dataset on
   * every JDK and platform.
   */
  private static final class Gaussian {
    private final SplittableRandom rng;
    private double spare;
    private boolean hasSpare;

    Gaussian(SplittableRandom rng) {
      this.rng = rng;
    }

    double next() {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      double u = 1 - rng.nextDouble(); // (0, 1]: log(u) is finite
      double r = StrictMath.sqrt(-2 * StrictMath.log(u));
      double phi = 2 * Math.PI * rng.nextDouble();
      spare = r * StrictMath.sin(phi);
      hasSpare = true;
      return r * StrictMath.cos(phi);
    }

    double[] vector(int n) {
      double[] out = new double[n];
      for (int i = 0; i < n; i++) {
        out[i] = next();
      }
      return out;
    }
  }
}
