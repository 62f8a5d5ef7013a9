package io.sae.lab.experiment.compare;

import io.sae.eval.plot.LinePlot;
import io.sae.eval.report.MarkdownReport;
import io.sae.eval.report.MetricsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** {@code compare.md}, {@code results.json} and one plot per dataset: every method's numbers as mean ± sample std over the seeds. */
final class CompareReport {
  static final String REPORT = "compare.md";
  static final String RESULTS = "results.json";

  private CompareReport() {}

  static void write(CompareOptions o, String arguments, Map<String, List<MethodResult>> results, int runs, double trainingMinutes) throws IOException {
    MarkdownReport r = new MarkdownReport().heading(1, "Every method on the same data: measured with sae");
    r.paragraph(String.format(Locale.ROOT, "Made by `sae experiment compare %s`: %d runs, %.1f minutes of training in all on this machine."
        + " Every number below comes from a run folder under runs/; commands.txt lists the commands that made them.", arguments, runs,
        trainingMinutes));
    r.paragraph(String.format(Locale.ROOT, "Every method: network `%s`, latent %d, %d epochs, its own defaults otherwise%s; seeds %s, mean ±"
        + " sample std over the seeds. Methods that train on labels train once per label count; the k-means, RMSE, BCE and time columns"
        + " are those of their %d-label run. Label-free methods train once, and their linear SVM is fitted on the same visible labels"
        + " (%.0f%% of each count held out for validation). k-means: k = the classes, best of 10 restarts, on the test latents. BCE only"
        + " for runs whose loss is a BCE reconstruction (the variational ones); no RMSE for models without a decoder.", o.arch(), o.latent(), o.epochs(),
        o.settings().isEmpty() ? "" : " (changed: " + settingsText(o) + ")",
        String.join(", ", o.seeds().stream().map(String::valueOf).toList()), o.labels().getLast(),
        100 * CompareExperiment.VALIDATION));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("arguments", arguments);
    json.put("runs", runs);
    json.put("training_minutes", trainingMinutes);
    for (Map.Entry<String, List<MethodResult>> d : results.entrySet()) {
      r.heading(2, d.getKey());
      List<String> header = new ArrayList<>(List.of("method", "labels used"));
      o.labels().forEach(l -> header.add("SVM test error, " + l + " labels"));
      header.addAll(List.of("k-means ACC", "k-means NMI", "test RMSE", "test BCE", "training s"));
      List<List<?>> rows = new ArrayList<>();
      List<String> refused = new ArrayList<>();
      Map<String, Object> dj = new LinkedHashMap<>();
      Map<String, double[][]> series = new LinkedHashMap<>();
      for (MethodResult m : d.getValue()) {
        if (m.refused() != null) {
          refused.add("`" + m.method() + "`: " + m.refused());
          dj.put(m.method(), Map.of("refused", m.refused()));
          continue;
        }
        List<Object> row = new ArrayList<>(List.of("`" + m.method() + "`", m.needsLabels() ? "trains on them" : "SVM only"));
        Map<String, Object> mj = new LinkedHashMap<>();
        mj.put("needs_labels", m.needsLabels());
        double[] xs = new double[o.labels().size()];
        double[] ys = new double[o.labels().size()];
        for (int i = 0; i < o.labels().size(); i++) {
          int labels = o.labels().get(i);
          Spread s = Spread.of(m.seeds(), x -> x.svmTestError().get(labels));
          row.add(s.percent());
          mj.put("svm_test_error_" + labels, s.toJson());
          xs[i] = labels;
          ys[i] = 100 * s.mean();
        }
        series.put(m.method(), new double[][] {xs, ys});
        Spread acc = Spread.of(m.seeds(), SeedMeasures::kmeansAccuracy);
        Spread nmi = Spread.of(m.seeds(), SeedMeasures::kmeansNmi);
        boolean decoder = m.seeds().stream().allMatch(s -> s.testRmse() != null);
        Spread rmse = decoder ? Spread.of(m.seeds(), SeedMeasures::testRmse) : null;
        Spread seconds = Spread.of(m.seeds(), SeedMeasures::trainingSeconds);
        boolean bce = m.seeds().stream().allMatch(s -> s.testBce() != null);
        Spread bceSpread = bce ? Spread.of(m.seeds(), SeedMeasures::testBce) : null;
        row.addAll(List.of(acc.plain(4), nmi.plain(4), decoder ? rmse.plain(4) : "", bce ? bceSpread.plain(2) : "", seconds.plain(0)));
        rows.add(row);
        mj.put("kmeans_accuracy", acc.toJson());
        mj.put("kmeans_nmi", nmi.toJson());
        if (decoder) {
          mj.put("test_rmse", rmse.toJson());
        }
        if (bce) {
          mj.put("test_bce_per_image", bceSpread.toJson());
        }
        mj.put("training_seconds", seconds.toJson());
        mj.put("runs", m.seeds().stream().map(SeedMeasures::runs).toList());
        dj.put(m.method(), mj);
      }
      r.table(header, rows);
      if (!refused.isEmpty()) {
        r.paragraph("Refused this setting (their own messages):").bullets(refused);
      }
      String png = "compare-" + d.getKey() + ".png";
      if (!series.isEmpty()) {
        LinePlot.writeXyLogX(o.out().resolve(png), d.getKey() + ": linear-SVM test error (%) by visible labels", "visible labels (log scale)",
            series);
        r.image(png, png);
      }
      json.put(d.getKey(), dj);
    }
    MetricsJson.write(o.out().resolve(RESULTS), json);
    r.write(o.out().resolve(REPORT));
  }

  private static String settingsText(CompareOptions o) {
    List<String> parts = new ArrayList<>();
    o.settings().forEach((m, s) -> s.forEach((k, v) -> parts.add(m + " " + k + "=" + v)));
    return String.join(", ", parts);
  }

  /** Mean and sample standard deviation (n - 1; 0 for one seed) of one measure over the seeds, with the values. */
  record Spread(double mean, double sd, List<Double> values) {
    static Spread of(List<SeedMeasures> seeds, ToDoubleFunction<SeedMeasures> measure) {
      List<Double> v = seeds.stream().map(measure::applyAsDouble).toList();
      double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
      return new Spread(mean, v.size() > 1 ? Math.sqrt(ss / (v.size() - 1)) : 0, v);
    }

    String percent() {
      return values.size() > 1 ? String.format(Locale.ROOT, "%.2f ± %.2f%%", 100 * mean, 100 * sd) : String.format(Locale.ROOT, "%.2f%%", 100 * mean);
    }

    String plain(int digits) {
      return values.size() > 1 ? String.format(Locale.ROOT, "%." + digits + "f ± %." + digits + "f", mean, sd)
          : String.format(Locale.ROOT, "%." + digits + "f", mean);
    }

    Map<String, Object> toJson() {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("mean", mean);
      j.put("sd", sd);
      j.put("per_seed", values);
      return j;
    }
  }
}
