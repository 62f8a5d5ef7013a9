package io.sae.api.training;

/**
 * Callbacks of the training loop (progress bars, logs, early stopping). All methods default to doing nothing.
 * Called on the training thread.
 */
public interface TrainingListener {

  /**
   * @param firstEpoch the first epoch that will run (greater than 0 when resuming)
   * @param epochs total number of epochs
   * @param samplesPerEpoch training samples per epoch
   */
  default void onTrainBegin(int firstEpoch, int epochs, int samplesPerEpoch) {}

  /**
   * After the first training step of a training call (new or resumed): where that step's ops ran, as TensorFlow
   * traced it.
   *
   * @param opsByDevice executed ops per device ({@code CPU:0}, {@code GPU:0}), in name order
   */
  default void onDevices(java.util.Map<String, Integer> opsByDevice) {}

  /** Before the hook and the mini-batches of {@code epoch}. */
  default void onEpochBegin(int epoch) {}

  /**
   * After each mini-batch.
   *
   * @param samplesDone samples trained on so far in this epoch
   * @param loss the mini-batch's total loss
   */
  default void onBatchEnd(int epoch, int samplesDone, double loss) {}

  /**
   * After an epoch's metrics (validation included) are known, the kept weights are updated and its checkpoint is
   * written: the trainer's built-in steps run before any listener, in that order.
   */
  default void onEpochEnd(EpochMetrics metrics) {}

  /**
   * {@link #onEpochEnd(EpochMetrics)} with the epoch's context: the history, encoding with the current weights, and
   * a stop request. The trainer calls this one; by default it calls the one-argument form.
   */
  default void onEpochEnd(EpochMetrics metrics, EpochContext context) { onEpochEnd(metrics); }

  /** After the last epoch. */
  default void onTrainEnd(History history) {}
}
