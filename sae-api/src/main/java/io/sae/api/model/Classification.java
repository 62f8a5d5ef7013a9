package io.sae.api.model;

import io.sae.api.data.FloatMatrix;

/**
 * Class decisions of a model's latent classifier.
 *
 * @param classes per row of the input, the index of the predicted class (into {@link ModelInfo#classNames()})
 * @param scores one row per input row, one column per class; the prediction is the column of largest score.
 *     What a score is depends on the classifier: softmax probabilities for a classifier head, SVM decision
 *     values for a linear SVM, negative squared distances for the nearest centre, latent values for the
 *     argmax of the first K dimensions.
 */
public record Classification(int[] classes, FloatMatrix scores) {
  public Classification {
    if (classes.length != scores.rows()) {
      throw new IllegalArgumentException(classes.length + " classes for " + scores.rows() + " score rows");
    }
    classes = classes.clone();
  }

  @Override
  public int[] classes() { return classes.clone(); }
}
