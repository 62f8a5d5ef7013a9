package io.sae.tf.train;

import io.sae.tf.device.Placement;
import io.sae.api.training.EpochContext;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.api.training.TrainingListener;
import java.io.IOException;
import java.util.Map;

/**
 * One step of the training loop's policy, called at fixed points of every epoch (Keras' {@code Callback},
 * Lightning's {@code Callback}). The {@link Trainer} runs an ordered list of them: its built-in ones
 * ({@link StopOnNaN}, {@link ValidationMetrics}, {@link KeptWeights}, {@link Checkpointing}) first, then each
 * {@link TrainingListener} of the request (through {@link ListenerCallback}). Every method defaults to doing nothing.
 *
 * <p>Internal to sae-tf: it may see the graph and throw {@link IOException}, which the public
 * {@link TrainingListener} SPI does not.
 */
interface TrainingCallback {

  /** Before the first epoch that will run (greater than 0 when resuming); see {@link TrainingListener#onTrainBegin}. */
  default void onTrainBegin(int firstEpoch, int epochs, int samplesPerEpoch) {}

  /** After the first training step of the call, with where its ops ran; see {@link TrainingListener#onDevices}. */
  default void onPlacement(Placement placement) {}

  /** Before the hooks and the mini-batches of {@code epoch}. */
  default void onEpochBegin(int epoch) {}

  /** After each mini-batch's Adam step. */
  default void onBatchEnd(Batch batch) {}

  /**
   * After the mini-batches, while the epoch's metrics can still grow: {@code values} holds {@code loss}, each
   * loss term and the hooks' {@code hook_*} metrics, and a callback may add its own. Then the metrics are fixed,
   * and every callback's {@link #onEpochEnd} sees them.
   */
  default void onEpochMetrics(int epoch, Map<String, Double> values) {}

  /**
   * After the epoch's metrics are fixed and added to the history ({@code context.history()} ends with them).
   *
   * @throws IOException when writing what the callback keeps fails (training stops with it)
   */
  default void onEpochEnd(EpochMetrics metrics, EpochContext context) throws IOException {}

  /** After the last epoch (also after a stop request). */
  default void onTrainEnd(History history) {}

  /**
   * One finished mini-batch.
   *
   * @param epoch 0-based epoch
   * @param samplesBefore samples of this epoch trained on before this batch
   * @param size samples in this batch
   * @param loss the batch's total loss, as TensorFlow returned it
   */
  record Batch(int epoch, int samplesBefore, int size, float loss) {
    /** Samples of this epoch trained on, this batch included. */
    int samplesDone() {
      return samplesBefore + size;
    }
  }
}
