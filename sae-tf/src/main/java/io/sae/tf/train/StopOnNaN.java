package io.sae.tf.train;

/**
 * Stops training with {@link TrainingDivergedException} as soon as a mini-batch's loss is NaN or infinite. It runs
 * before any listener sees the batch, and before the epoch ends, so the last checkpoint stays that of the last
 * finished epoch.
 */
final class StopOnNaN implements TrainingCallback {

  @Override
  public void onBatchEnd(Batch batch) {
    if (!Float.isFinite(batch.loss())) {
      throw new TrainingDivergedException(String.format(
          "training diverged: the loss became %s in epoch %d after %d samples; the last finished epoch's checkpoint is kept "
              + "(try a smaller --learning-rate)", batch.loss(), batch.epoch() + 1, batch.samplesBefore()));
    }
  }
}
