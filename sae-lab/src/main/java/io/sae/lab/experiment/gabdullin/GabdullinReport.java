package io.sae.lab.experiment.gabdullin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown report of {@code sae experiment gabdullin}. */
final class GabdullinReport {
  private GabdullinReport() {}

  static String markdown(Map<String, Object> results, Map<String, List<Map<String, Object>>> runs, Map<String, double[]> spread,
      GabdullinData data) {
    StringBuilder b = new StringBuilder("# Paper 003 (Gabdullin): latent space configuration, measured\n\n");
    b.append("Command: `").append(results.get("command")).append("` (this invocation ").append(f1((Double) results.get("minutes")))
        .append(" min; training of the runs it used, reused ones included, ").append(f1((Double) results.get("training_minutes"))).append(" min).\n");
    b.append("Classes ").append(data.classNames()).append(", held out: ").append(data.heldOutName())
        .append(". `ce-only` is `geometric --set weight=0` (same network and head, no L_G); its cluster numbers use the same configured circle.\n\n");

    b.append("## Configured clusters and accuracy\n\n");
    b.append("| run | train in cluster | test in cluster | largest class-mean distance to centre | nearest-centre test error | head test error | largest norm of a training latent |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (String row : List.of("geometric", "ce-only")) {
      for (Map<String, Object> m : runs.get(row)) {
        b.append("| ").append(m.get("run")).append(" | ").append(pct(m.get("train_inside_share"))).append(" | ")
            .append(pct(m.get("test_inside_share"))).append(" | ").append(f3(m.get("max_class_mean_to_centre"))).append(" | ")
            .append(pct(m.get("nearest_centre_test_error"))).append(" | ").append(pct(m.get("head_test_error"))).append(" | ")
            .append(f3(m.get("max_latent_norm"))).append(" |\n");
      }
    }
    if (!spread.isEmpty()) {
      b.append("\n## Spread of the class means across seeds\n\nFor each class, the largest distance between its training-latent means in two seeds.\n\n");
      b.append("| method | ").append(String.join(" | ", data.classNames())).append(" |\n|---|").append("---|".repeat(data.classNames().size())).append('\n');
      for (Map.Entry<String, double[]> e : spread.entrySet()) {
        b.append("| ").append(e.getKey());
        for (double v : e.getValue()) {
          b.append(" | ").append(f3(v));
        }
        b.append(" |\n");
      }
    }
    b.append("\n## Retrieval and similarity (geometric)\n\n");
    b.append("Precision@10: every test image queries all other test images, ranked by Eq. 15 (ties by Euclidean distance).\n\n");
    b.append("| run | test precision@10 | held-out pairs: mean similarity | held-out in any cluster | held-out mean similarity vector |\n|---|---|---|---|---|\n");
    for (Map<String, Object> m : runs.get("geometric")) {
      b.append("| ").append(m.get("run")).append(" | ").append(f3(m.get("test_precision_at_10"))).append(" | ")
          .append(f3(m.get("held_out_pair_similarity"))).append(" | ").append(pct(m.get("held_out_inside_any_cluster"))).append(" | ")
          .append(vec(m.get("held_out_mean_similarity_vector"))).append(" |\n");
    }
    b.append("\nMean similarity of a held-out (").append(data.heldOutName()).append(") image to the test images of each class, ")
        .append("and within each class for reference:\n\n| run | ").append(String.join(" | ", data.classNames())).append(" |\n|---|")
        .append("---|".repeat(data.classNames().size())).append('\n');
    for (Map<String, Object> m : runs.get("geometric")) {
      b.append("| ").append(m.get("run")).append(" held-out to class");
      ((Map<?, ?>) m.get("held_out_to_class_similarity")).values().forEach(v -> b.append(" | ").append(f3(v)));
      b.append(" |\n| ").append(m.get("run")).append(" within class");
      ((Map<?, ?>) m.get("within_class_similarity")).values().forEach(v -> b.append(" | ").append(f3(v)));
      b.append(" |\n");
    }
    b.append("\n## polar: points in prohibited sectors\n\n| run | train | test | held-out class | head test error |\n|---|---|---|---|---|\n");
    for (Map<String, Object> m : runs.get("polar")) {
      b.append("| ").append(m.get("run")).append(" | ").append(m.get("train_prohibited")).append(" of ").append(m.get("train_points"))
          .append(" | ").append(m.get("test_prohibited")).append(" of ").append(m.get("test_points")).append(" | ")
          .append(m.get("held_out_prohibited")).append(" | ").append(pct(m.get("head_test_error"))).append(" |\n");
    }
    b.append("\n## Latent scatter plots (test latents)\n\n");
    for (List<Map<String, Object>> rows : runs.values()) {
      for (Map<String, Object> m : rows) {
        b.append("![").append(m.get("run")).append("](plots/").append(m.get("run")).append(".png)\n");
      }
    }
    return b.toString();
  }

  private static String pct(Object v) {
    return v instanceof Number n ? String.format(Locale.ROOT, "%.2f%%", 100 * n.doubleValue()) : "-";
  }

  private static String f3(Object v) {
    return v instanceof Number n ? String.format(Locale.ROOT, "%.3f", n.doubleValue()) : "-";
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String vec(Object v) {
    StringBuilder b = new StringBuilder("(");
    double[] a = (double[]) v;
    for (int i = 0; i < a.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", a[i]));
    }
    return b.append(")").toString();
  }
}
