package io.sae.tf.train;

import io.sae.tf.device.Placement;
import io.sae.api.training.EpochContext;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.api.training.TrainingListener;

/** A request's {@link TrainingListener} as a step of the loop, after the built-in ones. */
final class ListenerCallback implements TrainingCallback {
  private final TrainingListener listener;

  ListenerCallback(TrainingListener listener) {
    this.listener = listener;
  }

  @Override
  public void onTrainBegin(int firstEpoch, int epochs, int samplesPerEpoch) {
    listener.onTrainBegin(firstEpoch, epochs, samplesPerEpoch);
  }

  @Override
  public void onPlacement(Placement placement) {
    listener.onDevices(placement.opsByDevice());
  }

  @Override
  public void onEpochBegin(int epoch) {
    listener.onEpochBegin(epoch);
  }

  @Override
  public void onBatchEnd(Batch batch) {
    listener.onBatchEnd(batch.epoch(), batch.samplesDone(), batch.loss());
  }

  @Override
  public void onEpochEnd(EpochMetrics metrics, EpochContext context) {
    listener.onEpochEnd(metrics, context);
  }

  @Override
  public void onTrainEnd(History history) {
    listener.onTrainEnd(history);
  }
}
