package io.sae.tf.train;

import io.sae.api.InvalidInputException;

/**
 * Options of the training loop that do not depend on the method.
 *
 * @param epochs number of epochs
 * @param batchSize mini-batch size
 * @param learningRate Adam learning rate
 * @param seed seed of weight initialisation, shuffling and sampling noise
 */
public record TrainingOptions(int epochs, int batchSize, double learningRate, long seed) {
  public TrainingOptions {
    if (epochs < 1) {
      throw new InvalidInputException("--epochs must be at least 1, got " + epochs);
    }
    if (batchSize < 1) {
      throw new InvalidInputException("--batch-size must be at least 1, got " + batchSize);
    }
    if (!(learningRate > 0 && learningRate < 10)) {
      throw new InvalidInputException("--learning-rate must be in (0, 10), got " + learningRate);
    }
  }
}
