package io.sae.cli.experiment;

import io.sae.eval.metrics.MeanStd;
import java.util.Locale;
import java.util.Map;

/** The Markdown of {@code sae experiment nousi}: final-stage ACC and NMI per row, mean +- std over seeds. */
final class NousiTable {
  private NousiTable() {}

  /** Paper 002, Table 2, MNIST column (the paper clusters the 10,000 test images). */
  private static final Map<String, double[]> PAPER_MNIST = Map.of(
      "No AE", new double[] {0.5385, 0.5050},
      "ae", new double[] {0.7571, 0.6555},
      "ccae-1", new double[] {0.7653, 0.6642},
      "ccae-2", new double[] {0.7700, 0.6737},
      "ccae-3", new double[] {0.7597, 0.6568},
      "ccae-4", new double[] {0.7654, 0.6651});

  /**
   * @param acc per row, [seed][stage] accuracies (the last stage is reported)
   * @param nmi per row, [seed][stage] NMI
   * @param mnist whether the data is MNIST (only then are the paper's values shown next to ours)
   */
  static String markdown(Map<String, double[][]> acc, Map<String, double[][]> nmi, String command, double minutes, boolean mnist) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Paper 002, Table 2 (k-means on the test set) at this run's scale\n\n");
    sb.append("Command: `").append(command).append("` (").append(String.format(Locale.ROOT, "%.1f", minutes)).append(" min).\n");
    int seeds = acc.values().iterator().next().length;
    sb.append("Mean +- sample std over ").append(seeds).append(" seed(s), after the last stage. The `ae` row is every CCAE's ")
        .append("alpha = beta = 0 control (same seed, architecture and total epochs).")
        .append(mnist ? " Paper values: MNIST column of Table 2 (full MNIST test set, five stages; the paper does not state the epochs"
            + " per stage). They are a reference, not what this run measured.\n\n" : " The paper reports no values for this dataset.\n\n");
    sb.append("| row | ACC | NMI | paper ACC | paper NMI |\n|---|---|---|---|---|\n");
    for (String row : acc.keySet()) {
      double[] p = mnist ? PAPER_MNIST.get(row) : null;
      sb.append("| ").append(row).append(" | ").append(last(acc.get(row)).format(4)).append(" | ").append(last(nmi.get(row)).format(4))
          .append(" | ").append(p == null ? "-" : String.format(Locale.ROOT, "%.4f", p[0]))
          .append(" | ").append(p == null ? "-" : String.format(Locale.ROOT, "%.4f", p[1])).append(" |\n");
    }
    return sb.toString();
  }

  private static MeanStd last(double[][] perSeed) {
    double[] v = new double[perSeed.length];
    for (int s = 0; s < v.length; s++) {
      v[s] = perSeed[s][perSeed[s].length - 1];
    }
    return MeanStd.of(v);
  }
}
