package io.sae.lab.classify;

import io.sae.lab.cluster.FeatureSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link Classification} measured and where it wrote it.
 *
 * @param on latents or inputs
 * @param trainLabelled labelled training rows the classifiers were fitted on
 * @param testSamples test rows scored
 * @param dimension values per row
 * @param scores each classifier's test accuracy, in the order they ran
 * @param knnK neighbours of the kNN vote
 * @param svmC C of the RBF SVM
 * @param svmRows most training rows of the RBF SVM
 * @param file the {@code classify-test[-inputs].json} written into the run folder
 */
public record ClassifyResult(FeatureSpace on, int trainLabelled, int testSamples, int dimension, List<ClassifierScore> scores, int knnK, double svmC,
    int svmRows, Path file) {

  /** Keeps an unmodifiable copy of the scores. */
  public ClassifyResult {
    scores = List.copyOf(scores);
  }

  /** Test accuracy by classifier name, in the order they ran. */
  public Map<String, Double> testAccuracy() {
    Map<String, Double> accuracy = new LinkedHashMap<>();
    scores.forEach(s -> accuracy.put(s.name(), s.accuracy()));
    return accuracy;
  }

  /** The content of the result file, in its key order. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("on", on.text());
    json.put("train_labelled", trainLabelled);
    json.put("test_samples", testSamples);
    json.put("test_accuracy", testAccuracy());
    json.put("knn_k", knnK);
    json.put("svm_c", svmC);
    json.put("svm_max_rows", svmRows);
    return json;
  }

  /** The lines {@code sae classify} prints: the data, then one line per classifier. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s of %,d labelled training and %,d test samples (%d values each)", on.text(), trainLabelled, testSamples,
        dimension));
    for (ClassifierScore s : scores) {
      lines.add(String.format(Locale.ROOT, "%-20s test accuracy %6.2f%%  (%.1f s)", s.name(), 100 * s.accuracy(), s.seconds()));
    }
    return lines;
  }
}
