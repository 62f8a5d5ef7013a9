package io.sae.tf.train;

import io.sae.api.method.EpochSelection;
import io.sae.api.training.EpochContext;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.tf.graph.ParameterSnapshot;
import java.util.function.Supplier;

/**
 * Which epoch's weights the run keeps, by the plan's {@link EpochSelection}: the last one, or the best by a
 * metric (strictly better replaces, so of equal values the first is kept), with a snapshot of that epoch's model
 * weights. It runs first among the epoch-end callbacks, so the checkpoint stores the best so far and every
 * listener's {@link EpochContext#keptEpoch()} is up to date.
 */
final class KeptWeights implements TrainingCallback {
  private final EpochSelection selection;
  private final Supplier<ParameterSnapshot> modelWeights;
  private ParameterSnapshot best;
  private int bestEpoch;
  private double bestValue;
  private int lastEpoch = -1;

  /**
   * @param modelWeights the model's weights now (no optimizer state), taken when an epoch becomes the best and, for
   *     the last epoch, at the end
   */
  KeptWeights(EpochSelection selection, Supplier<ParameterSnapshot> modelWeights) {
    this(selection, modelWeights, null, -1, Double.NaN);
  }

  /** Continues from a checkpoint's best so far ({@code best} null and {@code bestEpoch} -1 when it has none). */
  KeptWeights(EpochSelection selection, Supplier<ParameterSnapshot> modelWeights, ParameterSnapshot best, int bestEpoch, double bestValue) {
    this.selection = selection;
    this.modelWeights = modelWeights;
    this.best = best;
    this.bestEpoch = bestEpoch;
    this.bestValue = bestValue;
  }

  @Override
  public void onEpochEnd(EpochMetrics metrics, EpochContext context) {
    lastEpoch = metrics.epoch();
    if (selection.isLast()) {
      return;
    }
    Double v = metrics.values().get(selection.metric());
    if (v == null) {
      throw new IllegalStateException(
          "epoch selection metric " + selection.metric() + " is not computed (have " + metrics.values().keySet() + ")");
    }
    if (bestEpoch < 0 || (selection.maximize() ? v > bestValue : v < bestValue)) {
      best = modelWeights.get();
      bestEpoch = metrics.epoch();
      bestValue = v;
    }
  }

  /** The kept epoch so far: the last finished one, or the best by the metric; -1 before any. */
  int epoch() {
    return selection.isLast() ? lastEpoch : bestEpoch;
  }

  /** The best epoch's model weights, or null when the run keeps the last epoch or none has finished. */
  ParameterSnapshot best() {
    return best;
  }

  /** The best epoch by the metric, or -1 when the run keeps the last epoch or none has finished. */
  int bestEpoch() {
    return bestEpoch;
  }

  /** The best epoch's metric value, or NaN when the run keeps the last epoch or none has finished. */
  double bestValue() {
    return bestValue;
  }

  /** What the run produced: the best epoch's snapshot, or the last epoch of {@code history} with the weights as they are now. */
  TrainingOutcome outcome(History history, String stopReason) {
    if (selection.isLast() || best == null) {
      int last = history.isEmpty() ? -1 : history.last().epoch();
      return new TrainingOutcome(history, last, modelWeights.get(), stopReason);
    }
    return new TrainingOutcome(history, bestEpoch, best, stopReason);
  }
}
