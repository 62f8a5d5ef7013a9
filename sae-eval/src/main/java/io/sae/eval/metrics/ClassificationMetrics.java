package io.sae.eval.metrics;

import io.sae.api.data.Dataset;
import io.sae.eval.internal.Checks;

/**
 * Accuracy and error rate of predicted labels against true labels. Samples whose true label is
 * {@link Dataset#UNLABELED} are skipped; when no sample is labelled both are NaN.
 */
public final class ClassificationMetrics {
  private ClassificationMetrics() {}

  /**
   * Share of labelled samples whose prediction equals the true label.
   *
   * @throws io.sae.api.InvalidInputException when the arrays differ in length
   */
  public static double accuracy(int[] truth, int[] predicted) {
    Checks.sameLength("accuracy", truth, predicted);
    int labelled = 0;
    int correct = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] != Dataset.UNLABELED) {
        labelled++;
        if (predicted[i] == truth[i]) {
          correct++;
        }
      }
    }
    return labelled == 0 ? Double.NaN : (double) correct / labelled;
  }

  /**
   * Share of labelled samples whose prediction differs from the true label: {@code 1 - accuracy}.
   *
   * @throws io.sae.api.InvalidInputException when the arrays differ in length
   */
  public static double error(int[] truth, int[] predicted) {
    return 1 - accuracy(truth, predicted);
  }
}
