package io.sae.lab.evaluate;

import io.sae.eval.metrics.ConfusionMatrix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything {@code sae evaluate} measures on a run's test set, typed. {@link #metrics()} is the same content as
 * written to {@code metrics.json}.
 *
 * @param run the run folder
 * @param method the method's name
 * @param options the method's options
 * @param dataset the dataset's name
 * @param classes the class names
 * @param labelledTrainingSamples the labelled training samples the latent classifiers were fitted on
 * @param testSamples the test samples
 * @param selectedEpoch the 1-based epoch whose weights were kept
 * @param epochSelection how it was chosen
 * @param reconstructionRmse test reconstruction RMSE (models with a decoder)
 * @param reconstructionBce test reconstruction binary cross-entropy per sample (sigmoid decoders)
 * @param classification the classifiers' test results, or empty when the latents cannot be classified
 * @param notClassifiedBecause why classification was not evaluated, or empty
 * @param softmaxHeadTestError the softmax head's test error when a head is trained but another readout is the method's own
 * @param confidence decision confidence (expected calibration errors)
 * @param configuredClusters shares of latents inside their configured cluster (methods that configure clusters)
 * @param training what the training took
 * @param metrics the {@code metrics.json} content
 */
public record EvaluationResult(
    Path run,
    String method,
    Map<String, String> options,
    String dataset,
    List<String> classes,
    int labelledTrainingSamples,
    int testSamples,
    int selectedEpoch,
    String epochSelection,
    OptionalDouble reconstructionRmse,
    OptionalDouble reconstructionBce,
    Optional<Classification> classification,
    String notClassifiedBecause,
    OptionalDouble softmaxHeadTestError,
    Confidence confidence,
    Optional<ClusterShares> configuredClusters,
    TrainingSummary training,
    Map<String, Object> metrics) {

  /**
   * Test errors of the latent classifiers.
   *
   * @param svm confusion matrix of the linear SVM fitted on the labelled training latents (every method)
   * @param own confusion matrix of the method's own latent classifier (the same object as {@code svm} when that is the SVM)
   * @param ownDescription the method's classifier, for people
   * @param svmPerClassError the SVM's test error per class name
   * @param ownPerClassError the method classifier's test error per class name
   */
  public record Classification(
      ConfusionMatrix svm, ConfusionMatrix own, String ownDescription, Map<String, Double> svmPerClassError,
      Map<String, Double> ownPerClassError) {
    /** The linear SVM's test error. */
    public double svmTestError() {
      return svm.error();
    }

    /** The method classifier's test error. */
    public double ownTestError() {
      return own.error();
    }
  }

  /**
   * Decision confidence (paper 001, 3.4).
   *
   * @param svmEce expected calibration error of the SVM's centre-normalised scores
   * @param softmaxEce expected calibration error of the softmax head's top probability
   * @param svmNotComputedBecause why the SVM's confidence was not computed, or empty
   */
  public record Confidence(OptionalDouble svmEce, OptionalDouble softmaxEce, String svmNotComputedBecause) {}

  /**
   * Latents inside the cluster the method configured for their class (paper 003).
   *
   * @param trainInsideShare share of labelled training latents inside their cluster
   * @param testInsideShare share of test latents inside their cluster
   * @param trainClassMeanToCentre distance of each class's training latent mean to its centre
   * @param testClassMeanToCentre the same on the test set
   */
  public record ClusterShares(double trainInsideShare, double testInsideShare, List<Double> trainClassMeanToCentre,
      List<Double> testClassMeanToCentre) {}

  /**
   * What the training took.
   *
   * @param epochs finished epochs
   * @param seconds training and hook seconds, summed
   * @param meanSamplesPerSecond mean training throughput
   * @param finalMetrics the last epoch's metrics
   */
  public record TrainingSummary(int epochs, double seconds, double meanSamplesPerSecond, Map<String, Double> finalMetrics) {}

  /** The headline lines {@code sae evaluate} prints: reconstruction errors, then the classifiers' test errors. */
  public List<String> summary() {
    List<String> lines = new java.util.ArrayList<>();
    reconstructionRmse.ifPresent(v -> lines.add(String.format(java.util.Locale.ROOT, "test reconstruction RMSE      %.4f", v)));
    reconstructionBce.ifPresent(v -> lines.add(String.format(java.util.Locale.ROOT, "test reconstruction BCE       %.2f per sample", v)));
    if (classification.isEmpty()) {
      lines.add("classification not evaluated: " + notClassifiedBecause);
    } else {
      Classification c = classification.get();
      lines.add(String.format(java.util.Locale.ROOT, "linear SVM test error         %.2f%%", 100 * c.svmTestError()));
      if (c.own() != c.svm()) {
        lines.add(String.format(java.util.Locale.ROOT, "%s test error: %.2f%%", c.ownDescription(), 100 * c.ownTestError()));
      }
    }
    return lines;
  }

  /** The linear SVM's test error. @throws IllegalStateException when classification was not evaluated (the reason says why) */
  public double svmTestError() {
    return classification.orElseThrow(() -> new IllegalStateException("classification was not evaluated: " + notClassifiedBecause))
        .svmTestError();
  }

  /** The method classifier's test error. @throws IllegalStateException when classification was not evaluated */
  public double methodClassifierTestError() {
    return classification.orElseThrow(() -> new IllegalStateException("classification was not evaluated: " + notClassifiedBecause))
        .ownTestError();
  }
}
