package io.sae.data;

import io.sae.api.InvalidInputException;

/**
 * How many training labels the method may see, and how many of them to hold out for validation.
 *
 * @param labeled number of labelled training samples to keep (stratified by class); {@link #ALL} keeps all
 * @param validationFraction share of the kept labelled samples moved to a validation set, in [0, 1)
 * @param seed seed of the random choice
 */
public record LabelSelection(int labeled, double validationFraction, long seed) {
  /** Keep every label. */
  public static final int ALL = -1;

  public LabelSelection {
    if (labeled < ALL || labeled == 0) {
      throw new InvalidInputException("--labels must be a positive count or 'all', got " + labeled);
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new InvalidInputException("--validation must be in [0, 1), got " + validationFraction);
    }
  }
}
