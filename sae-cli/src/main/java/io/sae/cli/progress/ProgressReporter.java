package io.sae.cli.progress;

import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.runtime.train.LogProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows training progress. On a terminal: a bar redrawn in place with samples/s, ETA and the running loss;
 * elsewhere (logs, CI): one line per finished epoch. Either way each finished epoch prints its metrics, in the lines
 * {@link LogProgress} formats.
 */
public final class ProgressReporter implements TrainingListener {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 28;

  private final PrintWriter out;
  private final boolean bar;
  private int epochs;
  private int samplesPerEpoch;
  private long epochStart;
  private long lastDraw;

  /**
   * @param bar whether to draw an in-place bar (a terminal) or log lines only
   */
  public ProgressReporter(PrintWriter out, boolean bar) {
    this.out = out;
    this.bar = bar;
  }

  /** Whether standard output looks like an interactive terminal. */
  public static boolean isTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try { // JDK 22+: a console exists even when redirected; ask whether it is a terminal
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public void onTrainBegin(int firstEpoch, int epochs, int samplesPerEpoch) {
    this.epochs = epochs;
    this.samplesPerEpoch = samplesPerEpoch;
    out.println(LogProgress.beginLine(firstEpoch, epochs, samplesPerEpoch));
    out.flush();
  }

  @Override
  public void onDevices(java.util.Map<String, Integer> opsByDevice) {
    out.println(LogProgress.devicesLine(opsByDevice));
    out.flush();
  }

  @Override
  public void onEpochBegin(int epoch) {
    epochStart = System.nanoTime();
    lastDraw = 0;
  }

  @Override
  public void onBatchEnd(int epoch, int samplesDone, double loss) {
    if (!bar) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS && samplesDone < samplesPerEpoch) {
      return;
    }
    lastDraw = now;
    double seconds = (now - epochStart) / 1e9;
    double rate = seconds > 0 ? samplesDone / seconds : 0;
    double eta = rate > 0 ? (samplesPerEpoch - samplesDone) / rate : 0;
    int filled = (int) ((long) BAR * samplesDone / Math.max(1, samplesPerEpoch));
    out.printf(Locale.ROOT, "\repoch %d/%d [%s%s] %,d/%,d  %,.0f samples/s  ETA %s  loss %.5f ",
        epoch + 1, epochs, "=".repeat(filled), " ".repeat(BAR - filled), samplesDone, samplesPerEpoch, rate, clock(eta), loss);
    out.flush();
  }

  @Override
  public void onEpochEnd(EpochMetrics m) {
    if (bar) {
      out.print("\r" + " ".repeat(110) + "\r");
    }
    out.println(LogProgress.epochLine(m, epochs));
    out.flush();
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
