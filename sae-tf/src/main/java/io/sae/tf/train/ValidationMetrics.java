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
import java.util.stream.IntStream;

/**
 * Adds the validation metrics to every epoch's metrics, with the weights the epoch ended with:
 * {@code val_reconstruction_rmse} (models with a decoder), {@code val_accuracy} and {@code val_cross_entropy}
 * (models with a classifier head, over the labelled validation samples). Nothing without validation samples.
 * {@value #NEAREST_MEAN} (any model, labelled training and validation samples) costs an encoding of up to
 * {@value #MEAN_ROWS} labelled training samples per epoch, so only a run that keeps (or stops by) it reports it.
 * It runs in {@link #onEpochMetrics}, so the kept-weights choice, the checkpoint and every listener see them.
 */
final class ValidationMetrics implements TrainingCallback {
  /**
   * Share of the labelled validation samples whose latent mean is nearest (Euclidean) the mean latent of their own
   * class over the labelled training samples: a read-out of the latent structure for models without a classifier
   * head (e.g. {@code sae}), cheap enough to watch every epoch.
   */
  static final String NEAREST_MEAN = "val_nearest_mean_accuracy";
  /** Most labelled training samples encoded for the class means, evenly spaced over them (no random draw). */
  static final int MEAN_ROWS = 10_000;

  private final TrainingGraph graph;
  private final Dataset validation;
  private final Dataset train;
  /** The labelled training rows the class means come from: fixed for the run, so chosen once (none when not asked for). */
  private final int[] meanRows;

  /**
   * @param train the training set, whose labelled samples give the class means of {@link #NEAREST_MEAN}
   * @param selected the metric the run keeps its epoch by ("" for the last epoch)
   */
  ValidationMetrics(TrainingGraph graph, Dataset validation, Dataset train, String selected) {
    this.graph = graph;
    this.validation = validation;
    this.train = train;
    this.meanRows = selected.equals(NEAREST_MEAN)
        ? evenlySpaced(IntStream.range(0, train.size()).filter(i -> train.label(i) != Dataset.UNLABELED).toArray(), MEAN_ROWS) : new int[0];
  }

  /**
   * The metrics {@link ValidationMetrics} will add for {@code plan} on {@code data} (the same conditions as {@link #measure}):
   * {@value #NEAREST_MEAN} only for a plan that keeps its epoch by it.
   */
  static Set<String> names(TrainingPlan plan, LabeledSplit data) {
    Set<String> out = new TreeSet<>();
    Dataset validation = data.validation();
    if (validation.size() == 0) {
      return out;
    }
    if (plan.architecture().decoder()) {
      out.add("val_reconstruction_rmse");
    }
    boolean validationLabels = Arrays.stream(validation.labels()).anyMatch(y -> y != Dataset.UNLABELED);
    if (plan.architecture().classifierHead().isPresent() && validationLabels) {
      out.add("val_accuracy");
      out.add("val_cross_entropy");
    }
    if (plan.selection().metric().equals(NEAREST_MEAN) && validationLabels
        && Arrays.stream(data.train().labels()).anyMatch(y -> y != Dataset.UNLABELED)) {
      out.add(NEAREST_MEAN);
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
    if (meanRows.length > 0) { // no labelled training sample, no class means (names() does not promise the metric then)
      int[] labels = Arrays.stream(meanRows).map(train::label).toArray();
      double acc = nearestMeanAccuracy(GraphInference.encode(graph, train, meanRows), labels, GraphInference.encode(graph, validation),
          validation.labels(), validation.classCount());
      if (!Double.isNaN(acc)) {
        out.put(NEAREST_MEAN, acc);
      }
    }
    return out;
  }

  /** At most {@code n} of {@code rows}, evenly spaced from the first (all of them when there are no more than n). */
  static int[] evenlySpaced(int[] rows, int n) {
    if (rows.length <= n) {
      return rows;
    }
    return IntStream.range(0, n).map(i -> rows[(int) ((long) i * rows.length / n)]).toArray();
  }

  /**
   * Share of the labelled rows of {@code latents} nearest their own class's mean of {@code trainLatents} (the first
   * of equally near classes; classes without training rows are never nearest); NaN when no row is labelled.
   */
  static double nearestMeanAccuracy(FloatMatrix trainLatents, int[] trainLabels, FloatMatrix latents, int[] labels, int classes) {
    int d = trainLatents.cols();
    double[][] mean = new double[classes][d];
    int[] count = new int[classes];
    for (int i = 0; i < trainLatents.rows(); i++) {
      count[trainLabels[i]]++;
      for (int j = 0; j < d; j++) {
        mean[trainLabels[i]][j] += trainLatents.get(i, j);
      }
    }
    int correct = 0;
    int labelled = 0;
    for (int i = 0; i < latents.rows(); i++) {
      if (labels[i] == Dataset.UNLABELED) {
        continue;
      }
      labelled++;
      int best = -1;
      double bestDistance = Double.POSITIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        if (count[c] == 0) {
          continue;
        }
        double dist = 0;
        for (int j = 0; j < d; j++) {
          double diff = latents.get(i, j) - mean[c][j] / count[c];
          dist += diff * diff;
        }
        if (dist < bestDistance) {
          best = c;
          bestDistance = dist;
        }
      }
      correct += best == labels[i] ? 1 : 0;
    }
    return labelled == 0 ? Double.NaN : correct / (double) labelled;
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
