package io.sae.api.training;

import io.sae.api.data.FloatMatrix;

/**
 * What a callback may use at the end of an epoch, besides the epoch's metrics: the history so far, the model
 * with the weights it has now, and a way to end training after this epoch (Keras' {@code stop_training},
 * Lightning's {@code should_stop}).
 */
public interface EpochContext {
  /** Every finished epoch's metrics, this one included (a resumed run includes the epochs before the resume). */
  History history();

  /**
   * Encodes samples with the current weights (latent means for variational models).
   *
   * @param x one flattened sample per row
   * @throws IllegalArgumentException when {@code x} does not have the model's input width
   */
  FloatMatrix encode(FloatMatrix x);

  /**
   * The 0-based epoch whose weights the run keeps if training ended now: this epoch when the run keeps the last
   * one, else the best so far by the plan's selection metric (the first of equal values). Known before any
   * listener is called, since the trainer's own keep-best step runs first.
   */
  int keptEpoch();

  /**
   * Ends training after this epoch: the loop runs no further epoch, the kept weights are chosen as usual (last, or
   * best by the selection metric), and the run completes. The first reason given is kept.
   */
  void requestStop(String reason);
}
