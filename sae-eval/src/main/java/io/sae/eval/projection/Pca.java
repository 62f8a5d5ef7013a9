package io.sae.eval.projection;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Principal component analysis: the directions of largest variance of a matrix's rows, fitted from the
 * eigen-decomposition of the sample covariance (divisor N - 1) with Commons Math, so no native BLAS is
 * needed. The covariance is D x D, so fitting costs O(N D^2 + D^3): fine for latent sizes.
 *
 * <p>Each component's sign is fixed so that its largest-magnitude coordinate is positive, which makes the
 * result deterministic; other PCA implementations may flip signs.
 */
public final class Pca {
  private final double[] mean;
  private final double[][] components;
  private final double[] variances;
  private final double totalVariance;

  private Pca(double[] mean, double[][] components, double[] variances, double totalVariance) {
    this.mean = mean;
    this.components = components;
    this.variances = variances;
    this.totalVariance = totalVariance;
  }

  /**
   * Fits the first {@code components} principal components of the rows of {@code x}.
   *
   * @param components how many components to keep, in {@code [1, x.cols()]}
   * @throws InvalidInputException when {@code x} has fewer than 2 rows, non-finite values or too few columns
   */
  public static Pca fit(FloatMatrix x, int components) {
    int n = x.rows();
    int d = x.cols();
    if (components < 1 || components > d) {
      throw new InvalidInputException("PCA: cannot keep " + components + " components of " + d + "-dimensional rows");
    }
    if (n < 2) {
      throw new InvalidInputException("PCA needs at least 2 rows, got " + n);
    }
    Checks.finite("PCA input", x);
    float[] data = x.data();
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += data[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    double[][] cov = new double[d][d];
    double[] row = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        row[j] = data[i * d + j] - mean[j];
      }
      for (int a = 0; a < d; a++) {
        double ra = row[a];
        double[] ca = cov[a];
        for (int b = a; b < d; b++) {
          ca[b] += ra * row[b];
        }
      }
    }
    double total = 0;
    for (int a = 0; a < d; a++) {
      for (int b = a; b < d; b++) {
        cov[a][b] /= n - 1;
        cov[b][a] = cov[a][b];
      }
      total += cov[a][a];
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]));
    double[][] kept = new double[components][];
    double[] variances = new double[components];
    for (int k = 0; k < components; k++) {
      RealVector v = eigen.getEigenvector(order[k]);
      double[] w = v.unitVector().toArray();
      int largest = 0;
      for (int j = 1; j < d; j++) {
        if (Math.abs(w[j]) > Math.abs(w[largest])) {
          largest = j;
        }
      }
      if (w[largest] < 0) {
        for (int j = 0; j < d; j++) {
          w[j] = -w[j];
        }
      }
      kept[k] = w;
      variances[k] = Math.max(0, values[order[k]]);
    }
    return new Pca(mean, kept, variances, total);
  }

  /** Number of kept components. */
  public int components() {
    return components.length;
  }

  /** Dimension of the rows the projection takes. */
  public int dimension() {
    return mean.length;
  }

  /** Column means of the fitting matrix (the centre subtracted before projecting). */
  public double[] mean() {
    return mean.clone();
  }

  /** The unit-length components, one row per component, largest variance first. */
  public FloatMatrix loadings() {
    return FloatMatrix.of(components);
  }

  /** The variance of the fitting rows along each kept component, in decreasing order. */
  public double[] variances() {
    return variances.clone();
  }

  /** Each kept component's share of the total variance (NaN when the data have no variance). */
  public double[] explainedVarianceRatio() {
    double[] out = new double[variances.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = totalVariance > 0 ? variances[k] / totalVariance : Double.NaN;
    }
    return out;
  }

  /**
   * Coordinates of the rows of {@code x} along the components: {@code (x - mean) . component}, one column per
   * component.
   *
   * @throws InvalidInputException when {@code x} has the wrong number of columns
   */
  public FloatMatrix project(FloatMatrix x) {
    int d = mean.length;
    if (x.cols() != d) {
      throw new InvalidInputException("PCA: rows have " + x.cols() + " columns, the projection was fitted on " + d);
    }
    int k = components.length;
    float[] in = x.data();
    float[] out = new float[x.rows() * k];
    double[] row = new double[d];
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < d; j++) {
        row[j] = in[i * d + j] - mean[j];
      }
      for (int c = 0; c < k; c++) {
        double s = 0;
        double[] w = components[c];
        for (int j = 0; j < d; j++) {
          s += w[j] * row[j];
        }
        out[i * k + c] = (float) s;
      }
    }
    return new FloatMatrix(x.rows(), k, out);
  }

  @Override
  public String toString() {
    return "Pca[" + components.length + " of " + mean.length + " dims, variances " + Arrays.toString(variances) + "]";
  }
}
