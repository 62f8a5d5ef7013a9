package io.sae.eval.classify;

import io.sae.api.data.FloatMatrix;

/** A classifier fitted on latents: per-class scores and the labels they imply. Safe for concurrent use. */
public interface FittedClassifier {

  /** Number of classes (columns of {@link #scores}). */
  int classes();

  /** Latent dimension the classifier expects. */
  int dimension();

  /**
   * One row per sample, one column per class; larger means more likely. What a score is depends on the
   * classifier (a decision value, a probability, a negative distance).
   *
   * @throws io.sae.api.InvalidInputException when {@code x} has the wrong number of columns
   */
  FloatMatrix scores(FloatMatrix x);

  /**
   * The class of largest score for each row (the first such class on ties).
   *
   * @throws io.sae.api.InvalidInputException when {@code x} has the wrong number of columns
   */
  default int[] predict(FloatMatrix x) {
    return Predictions.argmax(scores(x));
  }
}
