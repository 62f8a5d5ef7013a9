package io.sae.lab.experiment.nousi;

import io.sae.eval.metrics.MeanStd;
import java.util.Locale;
import java.util.Map;

/** The Markdown of {@code sae experiment nousi}: final-stage ACC and NMI per row, mean +- std over seeds. */
public final class NousiTable {
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
   * The main table: each row's ACC and NMI after the last stage, mean +- sample std over seeds, beside the
   * paper's values on MNIST.
   *
   * @param acc per row, [seed][stage] accuracies (the last stage is reported)
   * @param nmi per row, [seed][stage] NMI
   * @param mnist whether the data is MNIST (only then are the paper's values shown next to ours)
   */
  public static String markdown(Map<String, double[][]> acc, Map<String, double[][]> nmi, String command, double minutes, boolean mnist) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Paper 002, Table 2 (k-means on the test set) at this run's scale\n\n");
    sb.append("Command: `").append(command).append("` (").append(String.format(Locale.ROOT, "%.1f", minutes))
        .append(" min in this start; stages finished by an earlier start are reused, not timed).\n");
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

  /**
   * Each shifted row against the control, seed by seed (same seed, so the same stage-0 autoencoder): the paired
   * difference in final ACC and NMI as mean +- std, beside the control's own seed-to-seed std. A row "beats the
   * control beyond the seed spread" when both mean differences exceed the control's std of that metric.
   */
  public static String versusControl(Map<String, double[][]> acc, Map<String, double[][]> nmi, String control) {
    double[][] cAcc = acc.get(control);
    double[][] cNmi = nmi.get(control);
    StringBuilder sb = new StringBuilder("\n## Against the control (`" + control + "`), paired by seed\n\n");
    MeanStd sa = last(cAcc);
    MeanStd sn = last(cNmi);
    sb.append(String.format(Locale.ROOT, "Seed-to-seed std of the control: ACC %.4f, NMI %.4f.%n%n", sa.std(), sn.std()));
    sb.append("| row | ACC - control | NMI - control | beyond the seed spread |\n|---|---|---|---|\n");
    for (String row : acc.keySet()) {
      if (row.equals(control) || acc.get(row)[0].length != cAcc[0].length) {
        continue; // No AE has one value per seed, not stages
      }
      MeanStd da = MeanStd.of(diff(last(acc.get(row)).values(), sa.values()));
      MeanStd dn = MeanStd.of(diff(last(nmi.get(row)).values(), sn.values()));
      boolean beyond = da.mean() > sa.std() && dn.mean() > sn.std();
      sb.append("| ").append(row).append(" | ").append(signed(da)).append(" | ").append(signed(dn)).append(" | ")
          .append(beyond ? "yes" : "no").append(" |\n");
    }
    return sb.toString();
  }

  /**
   * The mean silhouette of each row's final clustering (an internal measure: compactness against separation of
   * the k-means clusters, whatever the classes), and each shifted row against the control, paired by seed, with
   * the number of seeds in which the row's silhouette is higher. Paper 002 reports it for its Table 3.
   */
  public static String silhouette(Map<String, double[][]> sil, String control) {
    StringBuilder sb = new StringBuilder("\n## Silhouette of the final clustering (mean over seeds)\n\n");
    double[][] c = sil.get(control);
    sb.append("| row | silhouette | minus control, paired | higher than the control |\n|---|---|---|---|\n");
    for (Map.Entry<String, double[][]> row : sil.entrySet()) {
      MeanStd v = last(row.getValue());
      sb.append("| ").append(row.getKey()).append(" | ").append(v.format(4)).append(" | ");
      if (c == null || row.getKey().equals(control) || row.getValue()[0].length != c[0].length) {
        sb.append("- | - |\n");
        continue;
      }
      double[] d = diff(v.values(), last(c).values());
      long higher = java.util.Arrays.stream(d).filter(x -> x > 0).count();
      sb.append(signed(MeanStd.of(d))).append(" | ").append(higher).append(" of ").append(d.length).append(" seeds |\n");
    }
    return sb.toString();
  }

  /** Mean ACC over seeds after every stage, one row per method. */
  public static String perStage(Map<String, double[][]> acc) {
    int stages = 0;
    for (double[][] v : acc.values()) {
      stages = Math.max(stages, v[0].length);
    }
    StringBuilder sb = new StringBuilder("\n## ACC after each stage (mean over seeds)\n\n| row |");
    for (int t = 1; t <= stages; t++) {
      sb.append(' ').append(t).append(" |");
    }
    sb.append("\n|---|").append("---|".repeat(stages)).append('\n');
    for (Map.Entry<String, double[][]> row : acc.entrySet()) {
      if (row.getValue()[0].length != stages) {
        continue;
      }
      sb.append("| ").append(row.getKey());
      for (int t = 0; t < stages; t++) {
        double[] v = new double[row.getValue().length];
        for (int s = 0; s < v.length; s++) {
          v[s] = row.getValue()[s][t];
        }
        sb.append(String.format(Locale.ROOT, " | %.4f", MeanStd.of(v).mean()));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }

  /** Host seconds of each shifting stage against its training seconds, per row over stages and seeds. */
  public static String hostWork(Map<String, java.util.List<StageHostWork>> byRow, int stageEpochs) {
    StringBuilder sb = new StringBuilder("\n## Host work of a shifting stage\n\n");
    sb.append("k-means (or the class lookup), neighbour search and target shift at the start of stages 2..T, against the ")
        .append("training seconds of that stage's ").append(stageEpochs).append(" epochs (encoding the latents is TensorFlow work and ")
        .append("not counted). Over every shifting stage of every seed; measured on a shared 2-core machine.\n\n");
    sb.append("| row | host s (mean) | stage training s (mean) | share mean | share max |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, java.util.List<StageHostWork>> e : byRow.entrySet()) {
      java.util.List<Double> host = new java.util.ArrayList<>();
      java.util.List<Double> train = new java.util.ArrayList<>();
      java.util.List<Double> share = new java.util.ArrayList<>();
      for (StageHostWork w : e.getValue()) {
        for (int i = 0; i < w.hostSeconds().length; i++) {
          host.add(w.hostSeconds()[i]);
          train.add(w.trainSeconds()[i]);
          share.add(w.shares()[i]);
        }
      }
      sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.1f%% | %.1f%% |%n", e.getKey(), mean(host), mean(train), 100 * mean(share),
          100 * share.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
    }
    return sb.toString();
  }

  private static double mean(java.util.List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static double[] diff(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  private static String signed(MeanStd m) {
    return String.format(Locale.ROOT, "%+.4f ± %.4f", m.mean(), m.std());
  }

  private static MeanStd last(double[][] perSeed) {
    double[] v = new double[perSeed.length];
    for (int s = 0; s < v.length; s++) {
      v[s] = perSeed[s][perSeed[s].length - 1];
    }
    return MeanStd.of(v);
  }
}
