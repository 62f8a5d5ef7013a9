package io.sae.api.training;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one epoch measured.
 *
 * @param epoch 0-based epoch index
 * @param values named metrics: {@code loss}, each loss term, {@code val_*} metrics, {@code hook_*} metrics
 * @param trainSeconds wall time of the mini-batch loop
 * @param hookSeconds wall time of the epoch hook, encoding included (0 when it did not run)
 * @param samples samples trained on in the epoch
 */
public record EpochMetrics(int epoch, Map<String, Double> values, double trainSeconds, double hookSeconds, int samples) {
  public EpochMetrics { values = java.util.Collections.unmodifiableMap(new TreeMap<>(values)); }

  /** Training throughput of the mini-batch loop. */
  public double samplesPerSecond() { return trainSeconds > 0 ? samples / trainSeconds : 0; }

  /** Share of the epoch's time spent in the hook. */
  public double hookShare() {
    double total = trainSeconds + hookSeconds;
    return total > 0 ? hookSeconds / total : 0;
  }

  public double value(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("epoch " + epoch + " has no metric " + name + " (has " + values.keySet() + ")");
    }
    return v;
  }
}
