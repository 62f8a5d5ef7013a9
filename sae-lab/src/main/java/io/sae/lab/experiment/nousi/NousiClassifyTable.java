package io.sae.lab.experiment.nousi;

import io.sae.eval.metrics.MeanStd;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown of {@link NousiClassification}: rows by classifier columns. */
public final class NousiClassifyTable {
  private NousiClassifyTable() {}

  /**
   * Rows by classifier columns, accuracies in percent as mean +- sample std over seeds.
   *
   * @param acc per row, per classifier, the accuracy of each seed
   * @param command the command shown as what made the table
   * @param minutes wall time of this start
   */
  public static String markdown(Map<String, Map<String, double[]>> acc, String command, double minutes) {
    StringBuilder sb = new StringBuilder("# Paper 002, classification (Tables 4-5 in spirit) at this run's scale\n\n");
    sb.append("Command: `").append(command).append("` (").append(String.format(Locale.ROOT, "%.1f", minutes))
        .append(" min in this start; stages finished by an earlier start are reused, not timed).\n");
    sb.append("Test accuracy in %, mean +- sample std over seeds; the `ae` row is the dAE rows' alpha = beta = 0 control. ")
        .append("The paper's faces datasets are not available, so there are no paper values to set beside these.\n\n");
    List<String> columns = new ArrayList<>(acc.values().iterator().next().keySet());
    sb.append("| row | ").append(String.join(" | ", columns)).append(" |\n|---|").append("---|".repeat(columns.size())).append('\n');
    for (Map.Entry<String, Map<String, double[]>> row : acc.entrySet()) {
      sb.append("| ").append(row.getKey());
      for (String c : columns) {
        double[] v = row.getValue().get(c).clone();
        for (int i = 0; i < v.length; i++) {
          v[i] *= 100;
        }
        sb.append(" | ").append(MeanStd.of(v).format(2));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }
}
