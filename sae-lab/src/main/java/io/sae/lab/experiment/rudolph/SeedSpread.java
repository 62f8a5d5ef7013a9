package io.sae.lab.experiment.rudolph;

import io.sae.lab.experiment.RunMetrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headline setting over several seeds (label choice, initialisation and shuffling all change with the
 * seed): SAE + linear SVM against the classifier baseline, as mean and sample standard deviation, so a
 * difference can be set against the seed-to-seed spread.
 */
final class SeedSpread {
  private SeedSpread() {}

  static Section run(Context ctx, Recipe.Data data, String labels, double gamma, List<Long> seeds, int trainSize) throws IOException {
    List<List<?>> rows = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    double[] sae = new double[seeds.size()];
    double[] cls = new double[seeds.size()];
    double[] rmse = new double[seeds.size()];
    for (int i = 0; i < seeds.size(); i++) {
      long seed = seeds.get(i);
      RunMetrics s = ctx.run(ctx.sae(data, labels, seed, gamma));
      RunMetrics m = ctx.run(ctx.classifier(data, labels, trainSize).withSeed(seed));
      sae[i] = s.number("linear_svm_test_error");
      cls[i] = m.number("method_classifier_test_error");
      rmse[i] = s.number("test_reconstruction_rmse");
      rows.add(List.of(seed, Context.pct(sae[i]), Context.pct(cls[i]), Context.fmt(rmse[i])));
      json.put("seed " + seed, Map.of("sae_svm_test_error", sae[i], "classifier_softmax_test_error", cls[i], "sae_test_rmse", rmse[i]));
    }
    rows.add(List.of("mean +- std", meanStd(sae, true), meanStd(cls, true), meanStd(rmse, false)));
    json.put("sae_mean", mean(sae));
    json.put("sae_std", std(sae));
    json.put("classifier_mean", mean(cls));
    json.put("classifier_std", std(cls));
    return new Section(data.tag() + ": " + labels + " labels over " + seeds.size() + " seeds",
        List.of(String.format(Locale.ROOT, "SAE (gamma %s, %d epochs) and the classifier baseline (best validation epoch) with the seed changing"
            + " the label choice, initialisation and batch order; sample standard deviation.", Recipe.trim(gamma), ctx.scale().epochs())),
        List.of("seed", "SAE + SVM", "classifier", "SAE RMSE"), rows, List.of(), json);
  }

  private static String meanStd(double[] v, boolean percent) {
    double f = percent ? 100 : 1;
    return String.format(Locale.ROOT, percent ? "%.2f%% +- %.2f" : "%.4f +- %.4f", f * mean(v), f * std(v));
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  static double std(double[] v) {
    if (v.length < 2) {
      return 0;
    }
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }
}
