package io.sae.lab.experiment.nousi;

import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import java.util.Locale;
import java.util.function.Consumer;

/** Training progress for {@code experiment.log}: one line when training starts and one per finished epoch. */
final class EpochLog implements TrainingListener {
  private final Consumer<String> log;
  private int epochs;

  EpochLog(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public void onTrainBegin(int firstEpoch, int epochs, int samplesPerEpoch) {
    this.epochs = epochs;
    log.accept(String.format(Locale.ROOT, "training epochs %d-%d of %d on %,d samples per epoch", firstEpoch + 1, epochs, epochs, samplesPerEpoch));
  }

  @Override
  public void onEpochEnd(EpochMetrics m) {
    StringBuilder values = new StringBuilder();
    m.values().forEach((k, v) -> values.append("  ").append(k).append(' ').append(String.format(Locale.ROOT, "%.5g", v)));
    log.accept(String.format(Locale.ROOT, "epoch %d/%d  %.1f s  %,.0f samples/s%s", m.epoch() + 1, epochs, m.trainSeconds() + m.hookSeconds(),
        m.samplesPerSecond(), values));
  }
}
