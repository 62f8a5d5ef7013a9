package io.sae.runtime.train;

import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.tf.device.Placement;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Training progress as log lines, one when training starts, one with the devices of its first step, and one per
 * finished epoch with its metrics: the
 * lines {@code sae train --progress lines} prints (the CLI's progress display formats them here too), so an
 * experiment's log reads like the commands it stands for.
 */
public final class LogProgress implements TrainingListener {
  private final Consumer<String> out;
  private int epochs;

  /** Progress written to {@code out}, one line per call. */
  public LogProgress(Consumer<String> out) {
    this.out = out;
  }

  @Override
  public void onTrainBegin(int firstEpoch, int epochs, int samplesPerEpoch) {
    this.epochs = epochs;
    out.accept(beginLine(firstEpoch, epochs, samplesPerEpoch));
  }

  @Override
  public void onDevices(Map<String, Integer> opsByDevice) {
    out.accept(devicesLine(opsByDevice));
  }

  @Override
  public void onEpochEnd(EpochMetrics m) {
    out.accept(epochLine(m, epochs));
  }

  /** The line that starts training: which epochs run, on how many samples each. */
  public static String beginLine(int firstEpoch, int epochs, int samplesPerEpoch) {
    return String.format(Locale.ROOT, "training epochs %d-%d of %d on %,d samples per epoch", firstEpoch + 1, epochs, epochs, samplesPerEpoch);
  }

  /** The line saying where the first training step's ops ran: {@code ops of a training step ran on CPU:0 (118 ops)}. */
  public static String devicesLine(Map<String, Integer> opsByDevice) {
    return "ops of a training step ran on " + new Placement(opsByDevice).summary();
  }

  /** The line of a finished epoch: time, throughput, the hook's share when it ran, and every metric. */
  public static String epochLine(EpochMetrics m, int epochs) {
    return String.format(Locale.ROOT, "epoch %d/%d  %.1f s  %,.0f samples/s%s  %s", m.epoch() + 1, epochs, m.trainSeconds() + m.hookSeconds(),
        m.samplesPerSecond(), m.hookSeconds() > 0 ? String.format(Locale.ROOT, "  hook %.1f%%", 100 * m.hookShare()) : "",
        format(m.values()));
  }

  /** Metrics as {@code name value} pairs, five significant digits. */
  public static String format(Map<String, Double> values) {
    StringBuilder sb = new StringBuilder();
    values.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "  ").append(k).append(' ').append(String.format(Locale.ROOT, "%.5g", v)));
    return sb.toString();
  }
}
