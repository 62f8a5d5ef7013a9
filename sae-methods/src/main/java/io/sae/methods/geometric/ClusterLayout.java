package io.sae.methods.geometric;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.util.Arrays;

/**
 * Configured latent clusters of paper 003 (Section 5.2): one centre and one radius per class.
 *
 * @param centres one row per class, latent-dimension columns
 * @param radii cluster radius r_c of each class
 */
public record ClusterLayout(FloatMatrix centres, double[] radii) {

  public ClusterLayout {
    radii = radii.clone();
    if (radii.length != centres.rows()) {
      throw new InvalidInputException("cluster layout: " + centres.rows() + " centres but " + radii.length + " radii");
    }
    for (double r : radii) {
      if (!(r > 0) || !Double.isFinite(r)) {
        throw new InvalidInputException("cluster radii must be positive and finite, got " + Arrays.toString(radii));
      }
    }
    if (centres.firstNonFinite() >= 0) {
      throw new InvalidInputException("cluster centres must be finite");
    }
  }

  /**
   * The paper's layout: {@code classes} centres at distance {@code distance} from the origin, 2 pi / n apart,
   * in the plane of the first two latent dimensions (the other coordinates are 0).
   */
  public static ClusterLayout circle(int classes, int latentDim, double distance, double radius) {
    if (latentDim < 2) {
      throw new InvalidInputException("centres=circle needs a latent of at least 2 dimensions, got " + latentDim);
    }
    FloatMatrix c = FloatMatrix.zeros(classes, latentDim);
    for (int i = 0; i < classes; i++) {
      double a = 2 * Math.PI * i / classes;
      c.data()[i * latentDim] = (float) (distance * Math.cos(a));
      c.data()[i * latentDim + 1] = (float) (distance * Math.sin(a));
    }
    return new ClusterLayout(c, filled(classes, radius));
  }

  /**
   * Vertices of a regular simplex centred on the origin, each at distance {@code distance} from it: every pair
   * of centres is equally far apart. Needs {@code latentDim >= classes - 1}. Built from the standard basis
   * e_1..e_n of R^n, centred, then written in an orthonormal basis of the (n-1)-dimensional hyperplane they span.
   */
  public static ClusterLayout simplex(int classes, int latentDim, double distance, double radius) {
    if (latentDim < classes - 1) {
      throw new InvalidInputException("centres=simplex needs a latent of at least classes - 1 = " + (classes - 1) + " dimensions, got "
          + latentDim);
    }
    int n = classes;
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v[i][j] = (i == j ? 1.0 : 0.0) - 1.0 / n;
      }
    }
    // Gram-Schmidt on the centred vertices gives an orthonormal basis of their span (dimension n - 1)
    double[][] basis = new double[n - 1][];
    int found = 0;
    for (int i = 0; i < n && found < n - 1; i++) {
      double[] b = v[i].clone();
      for (int k = 0; k < found; k++) {
        double dot = dot(b, basis[k]);
        for (int j = 0; j < n; j++) {
          b[j] -= dot * basis[k][j];
        }
      }
      double norm = Math.sqrt(dot(b, b));
      if (norm > 1e-9) {
        for (int j = 0; j < n; j++) {
          b[j] /= norm;
        }
        basis[found++] = b;
      }
    }
    double scale = distance / Math.sqrt(dot(v[0], v[0]));
    FloatMatrix c = FloatMatrix.zeros(classes, latentDim);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n - 1; k++) {
        c.data()[i * latentDim + k] = (float) (scale * dot(v[i], basis[k]));
      }
    }
    return new ClusterLayout(c, filled(classes, radius));
  }

  /**
   * User-given centres, {@code "x,y;x,y;..."} (one row per class, rows separated by ';'), and radii: one value
   * for all classes or one per class, comma-separated.
   */
  public static ClusterLayout given(String centresText, String radiiText, int classes, int latentDim) {
    String[] rows = centresText.split(";");
    if (rows.length != classes) {
      throw new InvalidInputException("centres: expected " + classes + " rows separated by ';' (one per class), got " + rows.length
          + " in '" + centresText + "'");
    }
    FloatMatrix c = FloatMatrix.zeros(classes, latentDim);
    for (int i = 0; i < classes; i++) {
      double[] row = numbers(rows[i], "centres");
      if (row.length != latentDim) {
        throw new InvalidInputException("centres: row " + (i + 1) + " '" + rows[i].trim() + "' has " + row.length
            + " values but the latent has " + latentDim + " dimensions");
      }
      for (int k = 0; k < latentDim; k++) {
        c.data()[i * latentDim + k] = (float) row[k];
      }
    }
    double[] r = numbers(radiiText, "radii");
    if (r.length == 1) {
      r = filled(classes, r[0]);
    } else if (r.length != classes) {
      throw new InvalidInputException("radii: expected 1 or " + classes + " values, got " + r.length + " in '" + radiiText + "'");
    }
    return new ClusterLayout(c, r);
  }

  public int classes() {
    return centres.rows();
  }

  public int latentDim() {
    return centres.cols();
  }

  /** Euclidean distance of {@code z} to the centre of class {@code c} (Eq. 11). */
  public double distance(float[] z, int c) {
    double s = 0;
    for (int k = 0; k < z.length; k++) {
      double d = z[k] - centres.get(c, k);
      s += d * d;
    }
    return Math.sqrt(s);
  }

  /** Index of the nearest centre. */
  public int nearest(float[] z) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int c = 0; c < classes(); c++) {
      double d = distance(z, c);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }

  /** Whether {@code z} lies inside (or on the edge of) the cluster of class {@code c}. */
  public boolean inside(float[] z, int c) {
    return distance(z, c) <= radii[c];
  }

  /** The smallest distance between two centres (R_d of Eq. 14 for the circle layout). */
  public double neighbourDistance() {
    double best = Double.POSITIVE_INFINITY;
    for (int a = 0; a < classes(); a++) {
      for (int b = a + 1; b < classes(); b++) {
        best = Math.min(best, distance(centres.row(b), a));
      }
    }
    return best;
  }

  /** The radii as a 1 x classes matrix (the loss term's constant). */
  public FloatMatrix radiiRow() {
    float[] r = new float[radii.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = (float) radii[i];
    }
    return new FloatMatrix(1, r.length, r);
  }

  private static double[] filled(int n, double v) {
    double[] out = new double[n];
    Arrays.fill(out, v);
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] numbers(String text, String what) {
    String[] parts = text.trim().split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(what + ": '" + parts[i].trim() + "' is not a number (in '" + text + "')");
      }
      if (!Double.isFinite(out[i])) {
        throw new InvalidInputException(what + ": values must be finite, got '" + parts[i].trim() + "'");
      }
    }
    return out;
  }
}
