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
 * Paper 001, Fig. 11: reconstruction RMSE and SVM test error of SAE against gamma at a fixed label count, with
 * the gammas whose RMSE stays within {@code rmseBudget} of the autoencoder's while the error stays at most
 * {@code errorGoal}.
 */
final class GammaSweep {
  private GammaSweep() {}

  static Section run(Context ctx, Recipe.Data data, String labels, List<Double> gammas, double rmseBudget, double errorGoal) throws IOException {
    Recipe ae = ctx.autoencoder(data);
    double aeRmse = ctx.run(ae).number("test_reconstruction_rmse");
    List<List<?>> rows = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    double[] xs = new double[gammas.size()];
    double[] err = new double[gammas.size()];
    double[] rmseIncrease = new double[gammas.size()];
    List<String> meeting = new ArrayList<>();
    for (int i = 0; i < gammas.size(); i++) {
      double g = gammas.get(i);
      RunMetrics m = ctx.run(ctx.sae(data, labels, ctx.seed(), g));
      double e = m.number("linear_svm_test_error");
      double rmse = m.number("test_reconstruction_rmse");
      double increase = rmse / aeRmse - 1;
      boolean meets = increase <= rmseBudget && e <= errorGoal;
      if (meets) {
        meeting.add(Recipe.trim(g));
      }
      rows.add(List.of(Recipe.trim(g), Context.pct(e), Context.fmt(rmse), String.format(Locale.ROOT, "%+.1f%%", 100 * increase), meets ? "yes" : "no"));
      json.put(Recipe.trim(g), Map.of("svm_test_error", e, "test_rmse", rmse, "rmse_increase_over_ae", increase));
      xs[i] = g;
      err[i] = 100 * e;
      rmseIncrease[i] = 100 * increase;
    }
    json.put("ae_test_rmse", aeRmse);
    json.put("gammas_meeting_both_goals", meeting);
    String png = "gamma-sweep-" + data.tag() + ctx.fileSuffix() + ".png";
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("SVM test error (%)", new double[][] {xs, err});
    series.put("RMSE above the AE's (%)", new double[][] {xs, rmseIncrease});
    LinePlot.writeXy(ctx.dir().resolve(png), data.tag() + ", " + labels + " labels: error and reconstruction by gamma", "gamma", series);
    String verdict = meeting.isEmpty()
        ? String.format(Locale.ROOT, "No gamma kept the RMSE within %.0f%% of the AE's (%s) with a test error of at most %s.", 100 * rmseBudget,
            Context.fmt(aeRmse), Context.pct(errorGoal))
        : String.format(Locale.ROOT, "Gammas with RMSE within %.0f%% of the AE's (%s) and test error at most %s: %s.", 100 * rmseBudget,
            Context.fmt(aeRmse), Context.pct(errorGoal), String.join(", ", meeting));
    return new Section(data.tag() + ": gamma sweep at " + labels + " labels (Fig. 11)",
        List.of("gamma = 0 trains the reconstruction term only (a plain autoencoder with the same seed), gamma = 1 the structural term only.",
            verdict),
        List.of("gamma", "SAE + SVM test error", "test RMSE", "vs AE RMSE", "both goals"), rows, List.of(png), json);
  }
}
