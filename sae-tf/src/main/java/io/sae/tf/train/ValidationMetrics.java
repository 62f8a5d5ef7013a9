package io.sae.tf.train;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabeledSplit;
import io.sae.api.method.TrainingPlan;
import io.sae.tf.graph.BatchedInference;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds the validation metrics to every epoch's metrics, with the weights the epoch ended with:
 * {@code val_reconstruction_rmse} (models with a decoder), {@code val_accuracy} and {@code val_cross_entropy}
 * (models with a classifier head, over the labelled validation samples). Nothing without validation samples.
 * It runs in {@link #onEpochMetrics}, so the kept-weights choice, the checkpoint and every listener see them.
 */
final class ValidationMetrics implements TrainingCallback {
  private final TrainingGraph graph;
  private final Dataset validation;

  ValidationMetrics(TrainingGraph graph, Dataset validation) {
    this.graph = graph;
    this.validation = validation;
  }

  /** The metrics {@link ValidationMetrics} will add for {@code plan} on {@code data} (the same conditions as {@link #measure}). */
  static Set<String> names(TrainingPlan plan, LabeledSplit data) {
    Set<String> out = new TreeSet<>();
    Dataset validation = data.validation();
    if (validation.size() == 0) {
      return out;
    }
    if (plan.architecture().decoder()) {
      out.add("val_reconstruction_rmse");
    }
    if (plan.architecture().classifierHead().isPresent() && Arrays.stream(validation.labels()).anyMatch(y -> y != Dataset.UNLABELED)) {
      out.add("val_accuracy");
      out.add("val_cross_entropy");
    }
    return out;
  }

  @Override
  public void onEpochMetrics(int epoch, Map<String, Double> values) {
    values.putAll(measure());
  }

  private Map<String, Double> measure() {
    Map<String, Double> out = new LinkedHashMap<>();
    if (validation.size() == 0) {
      return out;
    }
    FloatMatrix x = validation.features();
    var model = graph.model();
    if (model.meanReconstruction().isPresent()) {
      out.put("val_reconstruction_rmse", rmse(x, GraphInference.infer(graph, validation, model.meanReconstruction().get(), x.cols())));
    }
    if (model.probabilities().isPresent()) {
      int k = model.spec().classifierHead().orElseThrow().classes();
      FloatMatrix p = BatchedInference.run(graph.session(), model.input(), model.probabilities().get(), x, k);
      out.putAll(classification(p, validation.labels()));
    }
    return out;
  }

  /** Root mean squared difference over all values. */
  static double rmse(FloatMatrix x, FloatMatrix xHat) {
    double sq = 0;
    for (int i = 0; i < x.data().length; i++) {
      double d = xHat.data()[i] - x.data()[i];
      sq += d * d;
    }
    return Math.sqrt(sq / x.data().length);
  }

  /**
   * {@code val_accuracy} (argmax, the first of equal probabilities) and {@code val_cross_entropy} (mean of
   * -ln p(label), p clipped at 1e-12) over the rows with a label; empty when none has one.
   */
  static Map<String, Double> classification(FloatMatrix p, int[] labels) {
    int k = p.cols();
    int correct = 0;
    int labelled = 0;
    double ce = 0;
    for (int i = 0; i < p.rows(); i++) {
      int y = labels[i];
      if (y == Dataset.UNLABELED) {
        continue;
      }
      labelled++;
      int arg = 0;
      for (int c = 1; c < k; c++) {
        if (p.get(i, c) > p.get(i, arg)) {
          arg = c;
        }
      }
      correct += arg == y ? 1 : 0;
      ce -= Math.log(Math.max(p.get(i, y), 1e-12));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    if (labelled > 0) {
      out.put("val_accuracy", correct / (double) labelled);
      out.put("val_cross_entropy", ce / labelled);
    }
    return out;
  }
}
