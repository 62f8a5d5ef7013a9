package io.sae.lab.evaluate;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.training.History;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunLock;
import io.sae.runtime.run.RunStatus;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.metrics.ConfusionMatrix;
import io.sae.eval.metrics.ReconstructionBce;
import io.sae.eval.metrics.Rmse;
import io.sae.eval.plot.LinePlot;
import io.sae.eval.plot.ScatterPlot;
import io.sae.eval.projection.Pca;
import io.sae.eval.report.MarkdownReport;
import io.sae.eval.report.MetricsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Evaluates a completed run on its test set: reconstruction RMSE (models with a decoder), a linear SVM fitted
 * on the latents of the visible training labels (every method, so methods compare on one footing), the
 * method's own latent classifier, a 2-D PCA scatter of the test latents and the training curves. Writes
 * {@code metrics.json}, {@code report.md}, {@code latents-pca.png} and {@code training-curves.png}.
 */
public final class Evaluation {
  private Evaluation() {}

  /** Test-set confusion matrices of the linear SVM and of the method's own latent classifier, and what that one is. */
  private record Classification(ConfusionMatrix svm, ConfusionMatrix own, ReadoutSpec ownSpec, String ownDescription) {}

  /**
   * Evaluates {@code run} on {@code data}'s test set and writes {@code metrics.json}; with {@code reportAndPlots}
   * also {@code report.md} and the PNG plots (what {@code sae evaluate} writes).
   *
   * @param runtime the method registry (for what the run's method configured)
   * @param data the run's prepared data ({@code run.config().prepareData(runtime)})
   * @param status the run's status (for the kept epoch)
   * @param history the run's training history
   */
  public static EvaluationResult run(SaeRuntime runtime, OpenRun run, PreparedData data, RunStatus status, History history, boolean reportAndPlots)
      throws IOException {
    // one writer per run folder: a training or another evaluation of the same run waits its turn
    try (RunLock lock = RunLock.acquire(run.dir().path(), "run folder", "evaluating")) {
      return runLocked(runtime, run, data, status, history, reportAndPlots);
    }
  }

  private static EvaluationResult runLocked(SaeRuntime runtime, OpenRun run, PreparedData data, RunStatus status, History history, boolean reportAndPlots)
      throws IOException {
    Path dir = run.dir().path();
    // An earlier evaluation's results must not survive half-replaced if this one fails.
    for (String f : List.of("metrics.json", MarkdownReport.FILE_NAME, io.sae.eval.report.HtmlReport.FILE_NAME)) {
      java.nio.file.Files.deleteIfExists(dir.resolve(f));
    }
    var model = run.model();
    Dataset test = data.test();
    if (test.size() < 2) {
      // PCA of the test latents, confusion matrices and ECE need more than one sample; say which split is too small
      throw new InvalidInputException("run " + dir + " has " + test.size() + " test sample" + (test.size() == 1 ? "" : "s")
          + "; evaluation needs at least 2 (give the data a larger test part: --limit TRAIN,TEST, test=FILE or test-fraction=F)");
    }
    LabelledLatents labelledLatents = LabelledLatents.of(data, model);
    Dataset trainLabelled = labelledLatents.samples();
    int classes = data.facts().classCount();
    long seed = run.config().seed();

    FloatMatrix trainLatents = labelledLatents.latents();
    FloatMatrix testLatents = LabelledInference.encode(model, test);
    int[] testTruth = test.labels();

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("run", dir.toString());
    metrics.put("method", run.config().method());
    metrics.put("options", run.config().options());
    if (!data.changesAccepted().isEmpty()) {
      // --accept-changed-data: these metrics are of other data than the run trained on, and say so
      metrics.put("data_changes_accepted", data.changesAccepted());
    }
    metrics.put("dataset", data.facts().dataset());
    metrics.put("classes", data.facts().classNames());
    metrics.put("labelled_training_samples", trainLabelled.size());
    metrics.put("test_samples", test.size());
    metrics.put("selected_epoch", status.selectedEpoch() + 1);
    metrics.put("epoch_selection", status.selection());

    Double rmse = null;
    Double bce = null;
    if (model.info().hasDecoder()) {
      FloatMatrix reconstructed = LabelledInference.reconstruct(model, test);
      rmse = Rmse.of(reconstructed, test.features());
      metrics.put("test_reconstruction_rmse", rmse);
      // BCE is defined only for targets in [0, 1] (image intensities); data outside gives a meaningless (even negative) number
      if (model.info().architecture().network().outputActivation() == io.sae.api.model.Activation.SIGMOID && inUnitInterval(test.features())) {
        // from the latent means (no sampling), summed over pixels: paper 004's Table 1 measure
        bce = ReconstructionBce.perSample(reconstructed, test.features());
        metrics.put("test_reconstruction_bce", bce);
      }
    }

    String skipped = unclassifiable(labelledLatents, testTruth, classes);
    Classification cls = null;
    if (skipped.isEmpty()) {
      ReadoutSpec ownSpec = run.plan().latentClassifier();
      // every method gets the linear SVM, with the method's C when the SVM is its own readout
      boolean ownIsSvm = ownSpec.kind().equals(ReadoutSpec.LINEAR_SVM);
      ReadoutSpec svmSpec = ownIsSvm ? ownSpec : ReadoutSpec.linearSvm(1.0);
      LinearSvm.Model svmModel = LinearSvm.of(svmSpec, seed).fit(trainLatents, trainLabelled.labels(), classes);
      int[] svmPredicted = svmModel.predict(testLatents);
      ConfusionMatrix svm = ConfusionMatrix.of(testTruth, svmPredicted, classes);
      DecisionConfidence.write(reportAndPlots ? dir : null, metrics, model, svmModel, ClassCentres.of(trainLabelled, trainLatents), test, testLatents, svmPredicted);
      ReadoutFitter ownReadout = runtime.readout(ownSpec.kind());
      // the SVM above is the same fit (same latents, C and seed): not fitted twice
      ConfusionMatrix own = ownIsSvm ? svm : ConfusionMatrix.of(testTruth, ownReadout
          .fit(ownSpec, new ReadoutFitter.Training(trainLatents, trainLabelled.labels(), classes, seed, model, run.planVariables()))
          .predict(test.features(), testLatents), classes);
      cls = new Classification(svm, own, ownSpec, ownReadout.describe(ownSpec));
      metrics.put("linear_svm_test_error", svm.error());
      metrics.put("linear_svm_per_class_error", perClass(svm, data.facts().classNames()));
      metrics.put("method_classifier", cls.ownDescription());
      metrics.put("method_classifier_test_error", own.error());
      metrics.put("method_classifier_per_class_error", perClass(own, data.facts().classNames()));
    } else {
      metrics.put("classification_not_evaluated", skipped);
    }
    ConfiguredClusters.trainedToward(runtime, run.config()).map(ConfiguredClusters::of)
        .ifPresent(cc -> cc.write(metrics, trainLatents, trainLabelled.labels(), testLatents, testTruth));
    if (model.info().architecture().classifierHead().isPresent() && skipped.isEmpty()
        && !run.plan().latentClassifier().kind().equals(ReadoutSpec.SOFTMAX_HEAD)) {
      // the head is trained but another readout is the method's own: report both (paper 003 compares them)
      FloatMatrix p = model.classProbabilities(test.features());
      int[] predicted = new int[p.rows()];
      for (int i = 0; i < p.rows(); i++) {
        for (int k = 1; k < p.cols(); k++) {
          predicted[i] = p.get(i, k) > p.get(i, predicted[i]) ? k : predicted[i];
        }
      }
      metrics.put("softmax_head_test_error", ConfusionMatrix.of(testTruth, predicted, classes).error());
    }

    Map<String, Object> training = new LinkedHashMap<>();
    training.put("epochs", history.epochs().size());
    training.put("seconds", history.epochs().stream().mapToDouble(e -> e.trainSeconds() + e.hookSeconds()).sum());
    training.put("mean_samples_per_second", history.epochs().stream().mapToDouble(e -> e.samplesPerSecond()).average().orElse(0));
    training.put("final", history.isEmpty() ? Map.of() : history.last().values());
    metrics.put("training", training);

    MetricsJson.write(dir.resolve("metrics.json"), metrics);
    if (reportAndPlots) {
      Pca pca = Pca.fit(testLatents, Math.min(2, testLatents.cols()));
      FloatMatrix xy = pca.project(testLatents);
      if (xy.cols() == 1) {
        xy = new FloatMatrix(xy.rows(), 2, interleaveZeros(xy.data()));
      }
      ScatterPlot.write(dir.resolve("latents-pca.png"), xy, testTruth, data.facts().classNames(),
          run.config().method() + ": test latents, PCA");
      List<String> curves = new ArrayList<>(List.of("loss"));
      history.metricNames().stream().filter(n -> n.startsWith("val_")).forEach(curves::add);
      LinePlot.write(dir.resolve("training-curves.png"), run.config().method() + ": training", history, curves);
      MarkdownReport md = report(run, data, metrics, cls, skipped, rmse, bce, pca);
      md.write(dir.resolve(MarkdownReport.FILE_NAME));
      // the same content, self-contained, with the PCA view interactive
      io.sae.eval.report.HtmlReport.write(dir.resolve(io.sae.eval.report.HtmlReport.FILE_NAME), md.render(), dir,
          new io.sae.eval.report.HtmlReport.Scatter(xy, testTruth, data.facts().classNames(), run.config().method() + ": test latents, PCA"));
    }
    return result(run, metrics, cls, skipped, rmse, bce, training);
  }

  @SuppressWarnings("unchecked")
  private static EvaluationResult result(OpenRun run, Map<String, Object> m, Classification cls, String skipped, Double rmse, Double bce,
      Map<String, Object> training) {
    Optional<EvaluationResult.Classification> classification = cls == null ? Optional.empty() : Optional.of(
        new EvaluationResult.Classification(cls.svm(), cls.own(), cls.ownDescription(),
            (Map<String, Double>) m.get("linear_svm_per_class_error"), (Map<String, Double>) m.get("method_classifier_per_class_error")));
    Optional<EvaluationResult.ClusterShares> shares = m.get("configured_clusters") instanceof Map<?, ?> cc
        ? Optional.of(new EvaluationResult.ClusterShares((Double) cc.get("train_inside_share"), (Double) cc.get("test_inside_share"),
            toList(cc.get("train_class_mean_to_centre")), toList(cc.get("test_class_mean_to_centre"))))
        : Optional.empty();
    var confidence = new EvaluationResult.Confidence(optional(m.get("linear_svm_confidence_ece")), optional(m.get("softmax_confidence_ece")),
        (String) m.getOrDefault("linear_svm_confidence_not_computed", ""));
    var summary = new EvaluationResult.TrainingSummary((Integer) training.get("epochs"), (Double) training.get("seconds"),
        (Double) training.get("mean_samples_per_second"), (Map<String, Double>) training.get("final"));
    return new EvaluationResult(run.dir().path(), run.config().method(), run.config().options(), (String) m.get("dataset"),
        (List<String>) m.get("classes"), (Integer) m.get("labelled_training_samples"), (Integer) m.get("test_samples"),
        (Integer) m.get("selected_epoch"), (String) m.get("epoch_selection"), optional(rmse), optional(bce), classification, skipped,
        optional(m.get("softmax_head_test_error")), confidence, shares, summary, Collections.unmodifiableMap(m));
  }

  private static OptionalDouble optional(Object v) {
    return v instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  private static List<Double> toList(Object v) {
    if (v instanceof double[] a) {
      return Arrays.stream(a).boxed().toList();
    }
    return ((List<?>) v).stream().map(x -> ((Number) x).doubleValue()).toList();
  }

  /** Why the latents cannot be classified (a class without labelled training samples, an unlabelled test set), or "". */
  private static String unclassifiable(LabelledLatents labelled, int[] testTruth, int classes) {
    String unfittable = labelled.unfittable(classes);
    if (!unfittable.isEmpty()) {
      return unfittable;
    }
    if (java.util.Arrays.stream(testTruth).allMatch(y -> y == Dataset.UNLABELED)) {
      return "the test set has no labels";
    }
    return "";
  }

  private static MarkdownReport report(OpenRun run, PreparedData data, Map<String, Object> metrics, Classification cls, String skipped,
      Double rmse, Double bce, Pca pca) {
    var c = run.config();
    MarkdownReport r = new MarkdownReport().heading(1, "Evaluation of " + run.dir().path().getFileName());
    r.bullets(List.of(
        "method: `" + c.method() + "` " + c.options(),
        "data: " + data.facts().dataset() + ", " + data.facts().classCount() + " classes " + data.facts().classNames() + ", "
            + metrics.get("labelled_training_samples") + " labelled training samples, " + data.test().size() + " test samples",
        "network: `" + c.architecture() + "`, latent " + c.latent() + ", " + c.epochs() + " epochs, batch " + c.batchSize()
            + ", learning rate " + c.learningRate() + ", seed " + c.seed(),
        "kept weights: epoch " + metrics.get("selected_epoch") + " (" + metrics.get("epoch_selection") + ")"));
    List<List<?>> rows = new ArrayList<>();
    if (rmse != null) {
      rows.add(List.of("test reconstruction RMSE", fmt(rmse)));
    }
    if (bce != null) {
      rows.add(List.of("test reconstruction BCE per sample (summed over values)", String.format(Locale.ROOT, "%.2f", bce)));
    }
    if (cls != null) {
      rows.add(List.of("linear SVM on latents, test error", pct(cls.svm().error())));
      if (!cls.ownSpec().kind().equals(ReadoutSpec.LINEAR_SVM)) {
        rows.add(List.of(cls.ownDescription() + ", test error", pct(cls.own().error())));
      }
    }
    if (metrics.get("softmax_head_test_error") instanceof Double e) {
      rows.add(List.of("softmax head, test error", pct(e)));
    }
    if (metrics.get("configured_clusters") instanceof Map<?, ?> cc) {
      rows.add(List.of("labelled training latents inside their configured cluster", pct((Double) cc.get("train_inside_share"))));
      rows.add(List.of("test latents inside their configured cluster", pct((Double) cc.get("test_inside_share"))));
      rows.add(List.of("largest distance of a training class mean to its centre",
          fmt(((List<?>) cc.get("train_class_mean_to_centre")).stream().mapToDouble(v -> (Double) v).max().orElse(Double.NaN))));
    }
    r.heading(2, "Results").table(List.of("metric", "value"), rows);
    if (cls == null) {
      r.paragraph("Classification was not evaluated: " + skipped + ".");
    } else {
      List<List<?>> perClass = new ArrayList<>();
      List<String> names = data.facts().classNames();
      for (int k = 0; k < names.size(); k++) {
        perClass.add(List.of(names.get(k), cls.svm().support(k), pct(cls.svm().perClassError()[k]), pct(cls.own().perClassError()[k])));
      }
      r.heading(2, "Per-class test error").table(List.of("class", "test samples", "linear SVM", "method classifier"), perClass);
    }
    if (metrics.containsKey("linear_svm_confidence_ece") || metrics.containsKey("softmax_confidence_ece")) {
      List<String> eces = new ArrayList<>();
      if (metrics.containsKey("linear_svm_confidence_ece")) {
        eces.add("linear SVM, scores normalised between the class centres: expected calibration error "
            + fmt((Double) metrics.get("linear_svm_confidence_ece")));
      }
      if (metrics.containsKey("softmax_confidence_ece")) {
        eces.add("softmax head, top probability: expected calibration error " + fmt((Double) metrics.get("softmax_confidence_ece")));
      }
      r.heading(2, "Decision confidence").bullets(eces)
          .image("precision per confidence bin", "reliability.png").image("confidence histogram", "confidence-histogram.png");
    } else if (metrics.containsKey("linear_svm_confidence_not_computed")) {
      r.heading(2, "Decision confidence").paragraph("Not computed: " + metrics.get("linear_svm_confidence_not_computed"));
    }
    r.heading(2, "Latent space").paragraph(String.format(Locale.ROOT,
        "Test latents projected on their first two principal components (%.0f%% of the variance).",
        100 * java.util.Arrays.stream(pca.explainedVarianceRatio()).sum())).image("test latents, PCA", "latents-pca.png");
    r.heading(2, "Training").image("training curves", "training-curves.png");
    r.paragraph("Numbers from `sae evaluate " + run.dir().path() + "`; everything is in metrics.json.");
    return r;
  }

  private static Map<String, Double> perClass(ConfusionMatrix m, List<String> names) {
    Map<String, Double> out = new LinkedHashMap<>();
    double[] e = m.perClassError();
    for (int k = 0; k < names.size(); k++) {
      out.put(names.get(k), e[k]);
    }
    return out;
  }

  private static float[] interleaveZeros(float[] x) {
    float[] out = new float[x.length * 2];
    for (int i = 0; i < x.length; i++) {
      out[2 * i] = x[i];
    }
    return out;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

  /** Whether every value lies in [0, 1], the domain of the binary cross-entropy's targets. */
  private static boolean inUnitInterval(FloatMatrix x) {
    for (float v : x.data()) {
      if (!(v >= 0f && v <= 1f)) {
        return false;
      }
    }
    return true;
  }
}
