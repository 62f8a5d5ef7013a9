package io.sae.eval.classify;

import io.sae.api.data.FloatMatrix;

/**
 * A way of classifying latent codes, fitted on labelled training latents.
 *
 * <p>Rows of {@code x} labelled {@link io.sae.api.data.Dataset#UNLABELED} are ignored, so the training set of
 * a semi-supervised run can be passed as it is.
 */
public interface LatentClassifier {

  /**
   * Fits the classifier.
   *
   * @param x latent codes, one row per sample
   * @param y one label per row, in {@code [0, classes)} or {@link io.sae.api.data.Dataset#UNLABELED}
   * @param classes number of classes
   * @return the fitted model
   * @throws io.sae.api.InvalidInputException when shapes disagree, values are not finite, a label is out of
   *     range or a class has no labelled row
   */
  FittedClassifier fit(FloatMatrix x, int[] y, int classes);
}
