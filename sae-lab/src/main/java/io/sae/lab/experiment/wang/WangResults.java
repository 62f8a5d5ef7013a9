package io.sae.lab.experiment.wang;

import io.sae.eval.report.MarkdownReport;
import io.sae.eval.report.MetricsJson;
import io.sae.lab.experiment.RunMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables of {@code sae experiment wang}: {@code wang.md} and {@code results.json}, written atomically. */
public final class WangResults {
  private WangResults() {}

  /**
   * One dataset's measurements.
   *
   * @param dataset the dataset's name
   * @param metrics each run's metrics.json by method (and {@code classifier})
   * @param sampleCheck per sampling method, the share of samples classified as requested per class, then overall
   * @param samples sample-grid PNGs
   * @param views latent-view PNGs
   */
  public record DatasetResult(String dataset, Map<String, RunMetrics> metrics, Map<String, double[]> sampleCheck, List<String> samples,
      List<String> views) {}

  /**
   * Writes {@code out/wang.md} and {@code out/results.json}.
   *
   * @param args the {@code sae experiment wang} arguments the report says made it
   * @param runs how many runs were used
   * @param trainingMinutes their training time
   * @param checkSamples class-conditional samples per class given to the classifier
   */
  public static void write(Path out, String args, List<DatasetResult> results, int runs, double trainingMinutes, int checkSamples) throws IOException {
    MarkdownReport r = new MarkdownReport().heading(1, "Paper 004 (Wang et al.): measured with sae");
    r.paragraph(String.format(Locale.ROOT, "Made by `sae experiment wang %s`: %d runs, %.1f minutes of training in all on this machine"
        + " (2 CPU cores). Every number below comes from a run folder under runs/; commands.txt lists the commands that made them.",
        args, runs, trainingMinutes));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("arguments", args);
    json.put("runs", runs);
    json.put("training_minutes", trainingMinutes);
    for (DatasetResult d : results) {
      int paperColumn = d.dataset().equals("mnist") ? 0 : 1;
      Map<String, Object> dj = new LinkedHashMap<>();
      r.heading(2, d.dataset());
      List<List<?>> rows = new ArrayList<>();
      double vaeBce = bce(d, "vae");
      for (String m : WangExperiment.METHODS) {
        RunMetrics mm = d.metrics().get(m);
        double own = 1 - number(mm, "method_classifier_test_error");
        String ownName = String.valueOf(mm.values().get("method_classifier"));
        boolean svmOnly = ownName.startsWith("linear SVM");
        rows.add(List.of("`" + m + "`", f2(bce(d, m)), f2(WangExperiment.PAPER_BCE.get(m)[paperColumn]), pct(1 - number(mm, "linear_svm_test_error")),
            svmOnly ? "" : ownName + ": " + pct(own)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("test_bce_per_image", bce(d, m));
        row.put("paper_bce", WangExperiment.PAPER_BCE.get(m)[paperColumn]);
        row.put("linear_svm_test_accuracy", 1 - number(mm, "linear_svm_test_error"));
        row.put("method_classifier", ownName);
        row.put("method_classifier_test_accuracy", own);
        dj.put(m, row);
      }
      r.table(List.of("method", "test BCE per image", "paper (Table 1)", "linear SVM on latent means, test accuracy", "method's own read-out, test accuracy"), rows);
      double classifierAcc = 1 - number(d.metrics().get("classifier"), "method_classifier_test_error");
      dj.put("real_data_classifier_test_accuracy", classifierAcc);

      double argmax = 1 - number(d.metrics().get("lambda-hot-vae"), "method_classifier_test_error");
      double[] lh = d.sampleCheck().get("lambda-hot-vae");
      double[] cv = d.sampleCheck().get("cvae");
      List<List<?>> goals = new ArrayList<>();
      goals.add(List.of("`lambda-hot-vae` argmax-of-first-K test accuracy >= paper", pct(argmax), pct(WangExperiment.PAPER_ARGMAX[paperColumn]),
          met(argmax >= WangExperiment.PAPER_ARGMAX[paperColumn])));
      goals.add(List.of("`kmeans-vae` test BCE <= `vae`", f2(bce(d, "kmeans-vae")), "vae: " + f2(vaeBce), met(bce(d, "kmeans-vae") <= vaeBce)));
      goals.add(List.of("`lambda-hot-vae` test BCE <= `vae`", f2(bce(d, "lambda-hot-vae")), "vae: " + f2(vaeBce),
          met(bce(d, "lambda-hot-vae") <= vaeBce)));
      goals.add(List.of("`lambda-hot-vae` class samples classified as their class >= 90%", pct(lh[lh.length - 1]),
          "cvae: " + pct(cv[cv.length - 1]), met(lh[lh.length - 1] >= WangExperiment.SAMPLE_GOAL)));
      r.heading(3, "Goals").table(List.of("goal", "measured", "reference", "met"), goals);
      r.paragraph(String.format(Locale.ROOT, "Samples: %d per class drawn from N(lambda e_C, I) (lambda-hot-vae) or from N(0, I) with C as the"
          + " decoder's label (cvae), labelled by the `classifier` run (conv, trained on the real training images; test accuracy %s)."
          + " Per class:", checkSamples, pct(classifierAcc)));
      List<String> header = new ArrayList<>(List.of("method"));
      List<Object> lhRow = new ArrayList<>(List.of("`lambda-hot-vae`"));
      List<Object> cvRow = new ArrayList<>(List.of("`cvae`"));
      for (int c = 0; c < lh.length - 1; c++) {
        header.add(String.valueOf(c));
        lhRow.add(pct(lh[c]));
        cvRow.add(pct(cv[c]));
      }
      r.table(header, List.of(lhRow, cvRow));
      dj.put("lambda_hot_argmax_accuracy", argmax);
      dj.put("samples_classified_as_requested", Map.of("lambda-hot-vae", toList(lh), "cvae", toList(cv), "per_class_then_overall", true));
      r.heading(3, "Samples (Figs. 4-6)").paragraph("One row per class (cvae, lambda-hot-vae) or k-means cluster (kmeans-vae); vae from N(0, I).");
      d.samples().forEach(png -> r.image(png, png));
      r.heading(3, "Test latents (Figs. 2-3)");
      d.views().forEach(png -> r.image(png, png));
      json.put(d.dataset(), dj);
    }
    MetricsJson.write(out.resolve("results.json"), json);
    r.write(out.resolve("wang.md"));
  }

  private static double bce(DatasetResult d, String method) {
    return number(d.metrics().get(method), "test_reconstruction_bce");
  }

  private static double number(RunMetrics metrics, String key) {
    return metrics.number(key);
  }

  private static List<Double> toList(double[] v) {
    List<Double> out = new ArrayList<>();
    for (double x : v) {
      out.add(x);
    }
    return out;
  }

  private static String met(boolean ok) {
    return ok ? "met" : "**missed**";
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }
}
