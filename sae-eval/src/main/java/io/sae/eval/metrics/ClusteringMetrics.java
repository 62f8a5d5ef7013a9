package io.sae.eval.metrics;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.eval.internal.Checks;

/**
 * External clustering measures of paper 002 (Section 5.2): clustering accuracy under the best one-to-one
 * mapping of clusters to classes (Eq. 16, found with the {@link Hungarian} method) and normalised mutual
 * information with the square root of the entropies (Eq. 17). Samples whose true label is
 * {@link Dataset#UNLABELED} are skipped; cluster ids are any non-negative integers.
 */
public final class ClusteringMetrics {
  private ClusteringMetrics() {}

  /**
   * ACC = max over one-to-one maps m of (1/N) sum delta(l_i, m(c_i)). With more clusters than classes the
   * surplus clusters map to no class (their samples count as wrong), and vice versa.
   *
   * @return the accuracy in [0, 1]; NaN when no sample is labelled
   */
  public static double accuracy(int[] truth, int[] clusters) {
    return accuracy(contingency(truth, clusters));
  }

  /**
   * {@link #accuracy(int[], int[])} from the counts alone: {@code table[c][l]} labelled samples in cluster c with class
   * l. For callers that aggregate the table where the rows are (e.g. a distributed engine) instead of holding them.
   *
   * @param table cluster x class counts, at least one row and one column, all rows of one length, no negative count
   * @return the accuracy in [0, 1]; NaN when the table counts no sample
   */
  public static double accuracy(long[][] table) {
    checkTable(table);
    long total = total(table);
    if (total == 0) {
      return Double.NaN;
    }
    int n = Math.max(table.length, table[0].length);
    double[][] cost = new double[n][n];
    for (int c = 0; c < table.length; c++) {
      for (int l = 0; l < table[c].length; l++) {
        cost[c][l] = -table[c][l];
      }
    }
    int[] map = Hungarian.minimise(cost);
    long correct = 0;
    for (int c = 0; c < table.length; c++) {
      if (map[c] < table[c].length) {
        correct += table[c][map[c]];
      }
    }
    return (double) correct / total;
  }

  /**
   * NMI = I(c, l) / sqrt(H(c) H(l)) with natural logarithms (the base cancels). When both assignments are
   * constant (both entropies 0) the two agree trivially and NMI is 1; when only one is, I = 0 and NMI is 0.
   *
   * @return NMI in [0, 1]; NaN when no sample is labelled
   */
  public static double nmi(int[] truth, int[] clusters) {
    return nmi(contingency(truth, clusters));
  }

  /**
   * {@link #nmi(int[], int[])} from the counts alone (see {@link #accuracy(long[][])}).
   *
   * @return NMI in [0, 1]; NaN when the table counts no sample
   */
  public static double nmi(long[][] table) {
    checkTable(table);
    long total = total(table);
    if (total == 0) {
      return Double.NaN;
    }
    double[] pc = new double[table.length];
    double[] pl = new double[table[0].length];
    for (int c = 0; c < table.length; c++) {
      for (int l = 0; l < pl.length; l++) {
        pc[c] += table[c][l];
        pl[l] += table[c][l];
      }
    }
    double mi = 0;
    for (int c = 0; c < table.length; c++) {
      for (int l = 0; l < pl.length; l++) {
        if (table[c][l] > 0) {
          double pcl = (double) table[c][l] / total;
          mi += pcl * Math.log(pcl * total * total / (pc[c] * pl[l]));
        }
      }
    }
    double hc = entropy(pc, total);
    double hl = entropy(pl, total);
    if (hc == 0 && hl == 0) {
      return 1;
    }
    if (hc == 0 || hl == 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, mi / Math.sqrt(hc * hl)));
  }

  private static double entropy(double[] counts, long total) {
    double h = 0;
    for (double n : counts) {
      if (n > 0) {
        double p = n / total;
        h -= p * Math.log(p);
      }
    }
    return h;
  }

  /** Counts per (cluster, class) over the labelled samples. */
  static long[][] contingency(int[] truth, int[] clusters) {
    Checks.sameLength("clustering metrics", truth, clusters);
    int maxCluster = 0;
    int maxClass = 0;
    for (int i = 0; i < truth.length; i++) {
      if (clusters[i] < 0) {
        throw new InvalidInputException("clustering metrics: cluster id " + clusters[i] + " at index " + i + " is negative");
      }
      if (truth[i] < Dataset.UNLABELED) {
        throw new InvalidInputException("clustering metrics: label " + truth[i] + " at index " + i + " is negative");
      }
      maxCluster = Math.max(maxCluster, clusters[i]);
      maxClass = Math.max(maxClass, truth[i]);
    }
    long[][] table = new long[maxCluster + 1][maxClass + 1];
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] != Dataset.UNLABELED) {
        table[clusters[i]][truth[i]]++;
      }
    }
    return table;
  }

  private static void checkTable(long[][] table) {
    if (table.length == 0 || table[0].length == 0) {
      throw new InvalidInputException("clustering metrics: the contingency table needs at least one cluster and one class");
    }
    for (int c = 0; c < table.length; c++) {
      if (table[c].length != table[0].length) {
        throw new InvalidInputException("clustering metrics: contingency row " + c + " has " + table[c].length + " classes, row 0 has "
            + table[0].length);
      }
      for (long v : table[c]) {
        if (v < 0) {
          throw new InvalidInputException("clustering metrics: negative count " + v + " in contingency row " + c);
        }
      }
    }
  }

  private static long total(long[][] table) {
    long n = 0;
    for (long[] row : table) {
      for (long v : row) {
        n += v;
      }
    }
    return n;
  }
}
