package io.sae.lab.experiment.rudolph;

import io.sae.lab.experiment.RunMetrics;
import io.sae.eval.plot.LinePlot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paper 001, Fig. 6: test error against the number of labels for SAE + linear SVM, the {@code classifier}
 * baseline (same encoder plus a softmax layer, best epoch on the validation labels) and an autoencoder + linear
 * SVM; and the reconstruction RMSE of SAE against the autoencoder.
 */
final class LabelSweep {
  private LabelSweep() {}

  static Section run(Context ctx, Recipe.Data data, List<String> labelCounts, double gamma, int trainSize) throws IOException {
    Recipe ae = ctx.autoencoder(data);
    RunMetrics aeMetrics = ctx.run(ae);
    double aeRmse = aeMetrics.number("test_reconstruction_rmse");
    List<List<?>> rows = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    double[] xs = new double[labelCounts.size()];
    double[][] ys = new double[3][labelCounts.size()];
    for (int i = 0; i < labelCounts.size(); i++) {
      String labels = labelCounts.get(i);
      RunMetrics sae = ctx.run(ctx.sae(data, labels, ctx.seed(), gamma));
      Recipe clsRecipe = ctx.classifier(data, labels, trainSize);
      RunMetrics cls = ctx.run(clsRecipe);
      double aeSvm = ctx.svmError(ae, data, labels);
      double saeErr = sae.number("linear_svm_test_error");
      double clsErr = cls.number("method_classifier_test_error");
      double clsSvm = cls.number("linear_svm_test_error");
      double saeRmse = sae.number("test_reconstruction_rmse");
      int visible = (int) sae.number("labelled_training_samples");
      rows.add(List.of(labels, visible, Context.pct(saeErr), Context.pct(clsErr), Context.pct(clsSvm),
          clsRecipe.epochs() + " (kept " + (int) cls.number("selected_epoch") + ")", Context.pct(aeSvm), Context.fmt(saeRmse),
          String.format(java.util.Locale.ROOT, "%+.1f%%", 100 * (saeRmse / aeRmse - 1))));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("trained_labels", visible);
      row.put("sae_svm_test_error", saeErr);
      row.put("classifier_softmax_test_error", clsErr);
      row.put("classifier_latent_svm_test_error", clsSvm);
      row.put("classifier_epochs", clsRecipe.epochs());
      row.put("classifier_kept_epoch", (int) cls.number("selected_epoch"));
      row.put("ae_svm_test_error", aeSvm);
      row.put("sae_test_rmse", saeRmse);
      json.put(labels, row);
      xs[i] = visible;
      ys[0][i] = 100 * saeErr;
      ys[1][i] = 100 * clsErr;
      ys[2][i] = 100 * aeSvm;
    }
    json.put("ae_test_rmse", aeRmse);
    String png = "label-sweep-" + data.tag() + ctx.fileSuffix() + ".png";
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("SAE + linear SVM", new double[][] {xs, ys[0]});
    series.put("classifier (softmax)", new double[][] {xs, ys[1]});
    series.put("AE + linear SVM", new double[][] {xs, ys[2]});
    LinePlot.writeXyLogX(ctx.dir().resolve(png), data.tag() + ": test error (%) by number of labels", "labelled training samples (log scale)", series);
    List<String> notes = List.of(
        "Every run: seed " + ctx.seed() + ", " + ctx.scale().epochs() + " epochs for ae/sae (sae gamma " + Recipe.trim(gamma)
            + ", weighting " + ctx.weighting() + "); the classifier trains at least " + ctx.scale().classifierEpochs() + " epochs and "
            + ctx.scale().classifierSteps()
            + " steps and keeps its best epoch on the validation labels. 10% of the visible labels are held out for validation, so"
            + " 'trained labels' is 90% of the count.",
        "The AE (" + ae.name() + ", test RMSE " + Context.fmt(aeRmse) + ") is trained once without labels; its SVM is fitted on the"
            + " same visible labels as the other two columns.");
    return new Section(data.tag() + ": test error by number of labels (Fig. 6)", notes,
        List.of("labels", "trained labels", "SAE + SVM", "classifier", "SVM on classifier latents", "classifier epochs", "AE + SVM",
            "SAE RMSE", "vs AE RMSE"),
        rows, List.of(png), json);
  }
}
