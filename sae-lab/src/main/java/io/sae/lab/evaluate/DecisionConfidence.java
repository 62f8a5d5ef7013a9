package io.sae.lab.evaluate;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.calibration.CentreNormalizedScores;
import io.sae.eval.calibration.Reliability;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.plot.LinePlot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The decision-confidence part of an evaluation. */
final class DecisionConfidence {
  private DecisionConfidence() {}

  /**
   * Decision confidence (paper 001, 3.4): the SVM's scores normalised between the class centres, and the
   * softmax head's top probability when the model has one; their reliability (precision per confidence bin)
   * and expected calibration error go into the metrics, with reliability.png and confidence-histogram.png.
   */
  static void write(Path dir, Map<String, Object> metrics, io.sae.api.model.SaeModel model, LinearSvm.Model svm,
      FloatMatrix centres, Dataset test, FloatMatrix testLatents, int[] svmPredicted) throws IOException {
    Map<String, Reliability> curves = new LinkedHashMap<>();
    try {
      double[] c = CentreNormalizedScores.confidence(svm, centres, testLatents);
      curves.put("linear SVM, scores normalised between class centres", reliability(c, svmPredicted, test));
      metrics.put("linear_svm_confidence_ece", curves.values().iterator().next().ece());
    } catch (io.sae.api.InvalidInputException e) {
      metrics.put("linear_svm_confidence_not_computed", e.getMessage());
    }
    if (model.info().hasClassifierHead()) {
      FloatMatrix p = model.classProbabilities(test.features());
      double[] c = new double[p.rows()];
      int[] predicted = io.sae.eval.classify.Predictions.fromProbabilities(p);
      for (int i = 0; i < c.length; i++) {
        c[i] = p.get(i, predicted[i]);
      }
      Reliability r = reliability(c, predicted, test);
      curves.put("softmax head, top probability", r);
      metrics.put("softmax_confidence_ece", r.ece());
    }
    if (curves.isEmpty() || dir == null) { // null: metrics only, no plots
      return;
    }
    Map<String, double[][]> precision = new LinkedHashMap<>();
    Map<String, double[][]> share = new LinkedHashMap<>();
    precision.put("ideal", new double[][] {{0, 1}, {0, 1}});
    curves.forEach((name, r) -> {
      precision.put(name, new double[][] {r.binCentres(), r.precision()});
      long total = java.util.Arrays.stream(r.counts()).sum();
      share.put(name, new double[][] {r.binCentres(), java.util.Arrays.stream(r.counts()).mapToDouble(n -> n / (double) total).toArray()});
    });
    LinePlot.writeXy(dir.resolve("reliability.png"), "precision per confidence bin (test set)", "confidence", precision);
    LinePlot.writeXy(dir.resolve("confidence-histogram.png"), "share of test samples per confidence bin", "confidence", share);
  }

  private static Reliability reliability(double[] confidence, int[] predicted, Dataset test) {
    java.util.List<Double> conf = new ArrayList<>();
    java.util.List<Boolean> ok = new ArrayList<>();
    for (int i = 0; i < confidence.length; i++) {
      if (test.label(i) != Dataset.UNLABELED) {
        conf.add(confidence[i]);
        ok.add(predicted[i] == test.label(i));
      }
    }
    boolean[] correct = new boolean[ok.size()];
    for (int i = 0; i < correct.length; i++) {
      correct[i] = ok.get(i);
    }
    return Reliability.of(conf.stream().mapToDouble(Double::doubleValue).toArray(), correct, 10);
  }
}
