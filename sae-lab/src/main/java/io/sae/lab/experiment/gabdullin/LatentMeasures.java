package io.sae.lab.experiment.gabdullin;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentSimilarity;

/** Measures of paper 003's experiment on encoded latents (pure arithmetic; the experiment supplies latents). */
final class LatentMeasures {
  private LatentMeasures() {}

  /** Mean latent of each class, [classes][latent]. */
  static double[][] classMeans(FloatMatrix z, int[] labels, int classes) {
    double[][] m = new double[classes][z.cols()];
    int[] n = new int[classes];
    for (int i = 0; i < labels.length; i++) {
      n[labels[i]]++;
      for (int k = 0; k < z.cols(); k++) {
        m[labels[i]][k] += z.get(i, k);
      }
    }
    for (int c = 0; c < classes; c++) {
      for (int k = 0; k < z.cols(); k++) {
        m[c][k] /= n[c];
      }
    }
    return m;
  }

  /** For each class, the largest distance between its means in two different seeds. */
  static double[] seedSpread(double[][][] meansBySeed) {
    int classes = meansBySeed[0].length;
    double[] out = new double[classes];
    for (int c = 0; c < classes; c++) {
      for (int a = 0; a < meansBySeed.length; a++) {
        for (int b = a + 1; b < meansBySeed.length; b++) {
          out[c] = Math.max(out[c], dist(meansBySeed[a][c], meansBySeed[b][c]));
        }
      }
    }
    return out;
  }

  /** Largest Euclidean norm of a row (how far the latents spread from the origin). */
  static double maxNorm(FloatMatrix z) {
    double best = 0;
    for (int i = 0; i < z.rows(); i++) {
      double s = 0;
      for (int k = 0; k < z.cols(); k++) {
        s += z.get(i, k) * z.get(i, k);
      }
      best = Math.max(best, Math.sqrt(s));
    }
    return best;
  }

  /**
   * Retrieval precision@k: every row queries all others, ranked by Eq. 15 similarity (ties by Euclidean
   * distance); the share of the top k with the query's label, averaged over queries.
   */
  static double precisionAtK(LatentSimilarity sim, FloatMatrix z, int[] labels, int k) {
    int n = z.rows();
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      v[i] = sim.vector(z.row(i));
    }
    double total = 0;
    double[] bestS = new double[k];
    double[] bestD = new double[k];
    int[] bestI = new int[k];
    for (int q = 0; q < n; q++) {
      int filled = 0;
      for (int i = 0; i < n; i++) {
        if (i == q) {
          continue;
        }
        double s = sim.pair(v[q], v[i]);
        double d = 0;
        for (int j = 0; j < z.cols(); j++) {
          double e = z.get(i, j) - z.get(q, j);
          d += e * e;
        }
        // insertion into the k best, ordered by similarity descending then distance ascending
        int pos = filled;
        while (pos > 0 && (s > bestS[pos - 1] || (s == bestS[pos - 1] && d < bestD[pos - 1]))) {
          pos--;
        }
        if (pos >= k) {
          continue;
        }
        int last = Math.min(filled, k - 1);
        for (int m = last; m > pos; m--) {
          bestS[m] = bestS[m - 1];
          bestD[m] = bestD[m - 1];
          bestI[m] = bestI[m - 1];
        }
        bestS[pos] = s;
        bestD[pos] = d;
        bestI[pos] = i;
        filled = Math.min(filled + 1, k);
      }
      int same = 0;
      for (int m = 0; m < filled; m++) {
        same += labels[bestI[m]] == labels[q] ? 1 : 0;
      }
      total += (double) same / filled;
    }
    return total / n;
  }

  /** Mean Eq. 15 similarity over all pairs of a row of {@code a} with a row of {@code b} (distinct rows when a == b). */
  static double meanPairSimilarity(LatentSimilarity sim, FloatMatrix a, FloatMatrix b) {
    double[][] va = vectors(sim, a);
    double[][] vb = a == b ? va : vectors(sim, b);
    double sum = 0;
    long n = 0;
    for (int i = 0; i < va.length; i++) {
      for (int j = 0; j < vb.length; j++) {
        if (a == b && i == j) {
          continue;
        }
        sum += sim.pair(va[i], vb[j]);
        n++;
      }
    }
    return sum / n;
  }

  /** Mean class-similarity vector (Eq. 12) of the rows. */
  static double[] meanVector(LatentSimilarity sim, FloatMatrix z) {
    double[][] v = vectors(sim, z);
    double[] m = new double[v[0].length];
    for (double[] row : v) {
      for (int c = 0; c < m.length; c++) {
        m[c] += row[c] / v.length;
      }
    }
    return m;
  }

  private static double[][] vectors(LatentSimilarity sim, FloatMatrix z) {
    double[][] v = new double[z.rows()][];
    for (int i = 0; i < z.rows(); i++) {
      v[i] = sim.vector(z.row(i));
    }
    return v;
  }

  static double dist(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(s);
  }
}
