package io.sae.lab.experiment.rudolph;

import io.sae.lab.experiment.RunMetrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One label count on further datasets and groupings (Fashion-MNIST seasons and upper body, the synthetic
 * hidden-structure vectors): SAE + SVM (last and best validation epoch), the classifier baseline and AE + SVM, with both
 * reconstruction RMSEs.
 */
final class DatasetRows {
  private DatasetRows() {}

  /**
   * @param rows each dataset with the training-set size (for the classifier's step budget)
   */
  static Section run(Context ctx, String title, Map<Recipe.Data, Integer> rows, String labels, double gamma) throws IOException {
    List<List<?>> table = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    for (Map.Entry<Recipe.Data, Integer> e : rows.entrySet()) {
      Recipe.Data data = e.getKey();
      Recipe ae = ctx.autoencoder(data);
      double aeRmse = ctx.run(ae).number("test_reconstruction_rmse");
      RunMetrics sae = ctx.run(ctx.sae(data, labels, ctx.seed(), gamma));
      RunMetrics saeBest = ctx.run(ctx.sae(data, labels, ctx.seed(), gamma).keepingBestEpoch());
      double saeBestErr = saeBest.number("linear_svm_test_error");
      RunMetrics cls = ctx.run(ctx.classifier(data, labels, e.getValue()));
      double aeSvm = ctx.svmError(ae, data, labels);
      double saeErr = sae.number("linear_svm_test_error");
      double clsErr = cls.number("method_classifier_test_error");
      double saeRmse = sae.number("test_reconstruction_rmse");
      table.add(List.of(data.tag(), data.dataset() + (data.grouping() == null ? "" : " / " + data.grouping()),
          (int) sae.number("labelled_training_samples"), Context.pct(saeErr),
          Context.pct(saeBestErr) + " (kept " + (int) saeBest.number("selected_epoch") + ")", Context.pct(clsErr), Context.pct(aeSvm),
          Context.fmt(saeRmse), Context.fmt(aeRmse), String.format(Locale.ROOT, "%+.1f%%", 100 * (saeRmse / aeRmse - 1))));
      json.put(data.tag(), Map.of("sae_svm_test_error", saeErr, "sae_best_epoch_svm_test_error", saeBestErr, "sae_best_epoch_kept_epoch",
          (int) saeBest.number("selected_epoch"), "classifier_softmax_test_error", clsErr, "ae_svm_test_error", aeSvm, "sae_test_rmse", saeRmse,
          "ae_test_rmse", aeRmse));
    }
    return new Section(title,
        List.of(String.format(Locale.ROOT, "%s labels (10%% of them held out for validation), sae gamma %s, %d epochs; seed %d. 'best validation epoch': the same sae"
            + " training keeping the epoch with the best " + Recipe.EPOCH_METRIC + ".", labels,
            Recipe.trim(gamma), ctx.scale().epochs(), ctx.seed())),
        List.of("row", "data", "trained labels", "SAE + SVM", "SAE + SVM, best validation epoch", "classifier", "AE + SVM", "SAE RMSE", "AE RMSE",
            "vs AE RMSE"), table, List.of(),
        json);
  }
}
