package io.sae.lab.experiment.rudolph;

import io.sae.lab.experiment.RunMetrics;
import io.sae.eval.plot.LinePlot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Paper 001, Fig. 6: test error against the number of labels for SAE + linear SVM, the {@code classifier}
 * baseline (same encoder plus a softmax layer, best epoch on the validation labels) and linear SVMs on the latents
 * of the label-free baselines (autoencoder, adversarial autoencoder, VAE); and the reconstruction RMSE of SAE against
 * its paired gamma-0 control (same samples and seed) and against the autoencoder.
 */
final class LabelSweep {
  /** The label-free baselines, trained once each and read by a linear SVM on the visible labels of every row. */
  static final List<String> UNSUPERVISED = List.of("ae", "aae", "vae");

  private LabelSweep() {}

  static Section run(Context ctx, Recipe.Data data, List<String> labelCounts, double gamma, int trainSize) throws IOException {
    Map<String, Recipe> baselines = new LinkedHashMap<>();
    Map<String, RunMetrics> baselineMetrics = new LinkedHashMap<>();
    for (String method : UNSUPERVISED) {
      baselines.put(method, ctx.unsupervised(method, data));
      baselineMetrics.put(method, ctx.run(baselines.get(method)));
    }
    double aeRmse = baselineMetrics.get("ae").number("test_reconstruction_rmse");
    List<List<?>> rows = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    double[] xs = new double[labelCounts.size()];
    double[][] ys = new double[2 + UNSUPERVISED.size()][labelCounts.size()];
    for (int i = 0; i < labelCounts.size(); i++) {
      String labels = labelCounts.get(i);
      RunMetrics sae = ctx.run(ctx.sae(data, labels, ctx.seed(), gamma));
      RunMetrics saeBest = ctx.run(ctx.sae(data, labels, ctx.seed(), gamma).keepingBestEpoch());
      RunMetrics control = ctx.run(ctx.pairedControl(data, labels));
      Recipe clsRecipe = ctx.classifier(data, labels, trainSize);
      RunMetrics cls = ctx.run(clsRecipe);
      double saeErr = sae.number("linear_svm_test_error");
      double clsErr = cls.number("method_classifier_test_error");
      double clsSvm = cls.number("linear_svm_test_error");
      double saeRmse = sae.number("test_reconstruction_rmse");
      double controlRmse = control.number("test_reconstruction_rmse");
      int visible = (int) sae.number("labelled_training_samples");
      double saeBestErr = saeBest.number("linear_svm_test_error");
      List<Object> row = new ArrayList<>(List.of(labels, visible, Context.pct(saeErr),
          Context.pct(saeBestErr) + " (kept " + (int) saeBest.number("selected_epoch") + ")", Context.pct(clsErr), Context.pct(clsSvm),
          clsRecipe.epochs() + " (kept " + (int) cls.number("selected_epoch") + ")"));
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("trained_labels", visible);
      j.put("sae_svm_test_error", saeErr);
      j.put("sae_best_epoch_svm_test_error", saeBestErr);
      j.put("sae_best_epoch_kept_epoch", (int) saeBest.number("selected_epoch"));
      j.put("sae_best_epoch_test_rmse", saeBest.number("test_reconstruction_rmse"));
      j.put("classifier_softmax_test_error", clsErr);
      j.put("classifier_latent_svm_test_error", clsSvm);
      j.put("classifier_epochs", clsRecipe.epochs());
      j.put("classifier_kept_epoch", (int) cls.number("selected_epoch"));
      for (int b = 0; b < UNSUPERVISED.size(); b++) {
        String method = UNSUPERVISED.get(b);
        double err = ctx.svmError(baselines.get(method), data, labels);
        row.add(Context.pct(err));
        j.put(method + "_svm_test_error", err);
        ys[2 + b][i] = 100 * err;
      }
      row.addAll(List.of(Context.fmt(saeRmse), Context.fmt(controlRmse), increase(saeRmse, controlRmse), increase(saeRmse, aeRmse)));
      j.put("sae_test_rmse", saeRmse);
      j.put("paired_gamma0_test_rmse", controlRmse);
      rows.add(row);
      json.put(labels, j);
      xs[i] = visible;
      ys[0][i] = 100 * saeErr;
      ys[1][i] = 100 * clsErr;
    }
    json.put("ae_test_rmse", aeRmse);
    String png = "label-sweep-" + data.tag() + ctx.fileSuffix() + ".png";
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("SAE + linear SVM", new double[][] {xs, ys[0]});
    series.put("classifier (softmax)", new double[][] {xs, ys[1]});
    for (int b = 0; b < UNSUPERVISED.size(); b++) {
      series.put(UNSUPERVISED.get(b).toUpperCase(Locale.ROOT) + " + linear SVM", new double[][] {xs, ys[2 + b]});
    }
    LinePlot.writeXyLogX(ctx.dir().resolve(png), data.tag() + ": test error (%) by number of labels", "labelled training samples (log scale)", series);
    List<String> notes = List.of(
        "Every run: seed " + ctx.seed() + ", " + ctx.scale().epochs() + " epochs for ae/aae/vae/sae (sae gamma " + Recipe.trim(gamma)
            + ", weighting " + ctx.weighting() + "); the classifier trains at least " + ctx.scale().classifierEpochs() + " epochs and "
            + ctx.scale().classifierSteps()
            + " steps and keeps its best epoch on the validation labels. 10% of the visible labels are held out for validation, so"
            + " 'trained labels' is 90% of the count.",
        "'SAE + SVM' keeps the last epoch, as the paper's SAE does; 'best validation epoch' is the same training keeping the epoch"
            + " with the best " + Recipe.EPOCH_METRIC + " (validation samples nearest their class's mean training latent), as the"
            + " classifier keeps its best val_accuracy.",
        "AE, AAE and VAE (" + String.join(", ", baselines.values().stream().map(Recipe::name).toList()) + ") are trained once without"
            + " labels, with their defaults (vae: BCE + KL; aae: a discriminator against N(0, I)); their SVMs are fitted on the same"
            + " visible labels as SAE's.",
        "The paired gamma-0 control of each row (" + ctx.pairedControl(data, "<labels>").name() + ") trains the"
            + " same samples with the same seed on reconstruction alone, so 'vs paired' is what the structure term costs in RMSE; 'vs AE'"
            + " compares with the AE (test RMSE " + Context.fmt(aeRmse) + ").");
    List<String> columns = new ArrayList<>(List.of("labels", "trained labels", "SAE + SVM", "SAE + SVM, best validation epoch", "classifier",
        "SVM on classifier latents",
        "classifier epochs"));
    UNSUPERVISED.forEach(m -> columns.add(m.toUpperCase(Locale.ROOT) + " + SVM"));
    columns.addAll(List.of("SAE RMSE", "paired gamma-0 RMSE", "vs paired", "vs AE RMSE"));
    return new Section(data.tag() + ": test error by number of labels (Fig. 6)", notes, columns, rows, List.of(png), json);
  }

  private static String increase(double rmse, double reference) {
    return String.format(Locale.ROOT, "%+.1f%%", 100 * (rmse / reference - 1));
  }
}
