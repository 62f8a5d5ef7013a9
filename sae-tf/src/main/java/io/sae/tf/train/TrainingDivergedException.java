package io.sae.tf.train;

import io.sae.api.InvalidInputException;

/** The loss became NaN or infinite: training stops, and the last finished epoch's checkpoint stays usable. */
public final class TrainingDivergedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public TrainingDivergedException(String message) {
    super(message);
  }
}
