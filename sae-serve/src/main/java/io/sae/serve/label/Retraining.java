package io.sae.serve.label;

import io.sae.api.InvalidInputException;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.run.RunConfig;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.train.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The explorer's retraining: a new run with the same settings as the run on screen, its weights as the start
 * ({@code --init-from}) and the labelled samples added ({@code --add-labels}), trained through the library
 * ({@link Sae#train}) on a background thread, with its progress readable at any time.
 */
public final class Retraining {
  /** Where a retraining is. */
  public enum State { IDLE, TRAINING, COMPLETE, FAILED }

  /**
   * A snapshot of the progress.
   *
   * @param state where it is
   * @param epoch epochs finished
   * @param epochs epochs in total
   * @param samples samples done in the current epoch
   * @param samplesPerEpoch samples per epoch
   * @param run the new run folder, once training started
   * @param message the error, or what was trained
   */
  public record Progress(State state, int epoch, int epochs, int samples, int samplesPerEpoch, String run, String message) {}

  private final Sae sae;
  private volatile Progress progress = new Progress(State.IDLE, 0, 0, 0, 0, "", "");
  private Thread thread;

  public Retraining(Sae sae) {
    this.sae = sae;
  }

  public Progress progress() { return progress; }

  /** The training that continues {@code run} with {@code added} labels revealed, into {@code out}. */
  public static Training of(RunConfig c, Path run, List<Integer> added, int epochs, Path out) {
    DataRequest d = c.data();
    Set<Integer> all = new LinkedHashSet<>(d.addLabels());
    all.addAll(added);
    Training t = Training.of(c.method()).withOptions(c.options()).dataset(d.dataset()).validation(d.validation())
        .limit(new SampleLimit(d.trainLimit(), d.testLimit())).addLabels(new ArrayList<>(all)).initFrom(run)
        .architecture(c.architecture()).latent(c.latent()).epochs(epochs).batchSize(c.batchSize()).learningRate(c.learningRate())
        .seed(c.seed()).into(out);
    t = d.labels() == io.sae.data.LabelSelection.ALL ? t.allLabels() : t.labels(d.labels());
    return d.grouping() == null ? t : t.grouping(d.grouping());
  }

  /**
   * Starts retraining {@code run} with the labels of {@code store}; {@code done} receives the new run folder on success.
   *
   * @throws InvalidInputException when a retraining is running or no label was given
   */
  public synchronized void start(Path run, LabelStore store, int epochs, Consumer<Path> done) throws IOException {
    if (progress.state() == State.TRAINING) {
      throw new InvalidInputException("a retraining is running already");
    }
    List<Integer> added = new ArrayList<>(store.all().keySet());
    if (added.isEmpty()) {
      throw new InvalidInputException("no labels given yet: label some samples first");
    }
    if (epochs < 1 || epochs > 1000) {
      throw new InvalidInputException("epochs must be in 1..1000, got " + epochs);
    }
    RunConfig config = RunDirectory.open(run).readConfig();
    Path out = next(run);
    Training t = of(config, run, added, epochs, out);
    progress = new Progress(State.TRAINING, 0, epochs, 0, 0, out.toString(), added.size() + " labels added");
    thread = new Thread(() -> train(t, epochs, out, added.size(), done), "sae-retrain");
    thread.setDaemon(true);
    thread.start();
  }

  private void train(Training t, int epochs, Path out, int added, Consumer<Path> done) {
    TrainingListener listener = new TrainingListener() {
      int perEpoch;

      @Override
      public void onTrainBegin(int firstEpoch, int total, int samplesPerEpoch) {
        perEpoch = samplesPerEpoch;
      }

      @Override
      public void onBatchEnd(int epoch, int samplesDone, double loss) {
        progress = new Progress(State.TRAINING, epoch - 1, epochs, samplesDone, perEpoch, out.toString(), added + " labels added");
      }

      @Override
      public void onEpochEnd(EpochMetrics m) {
        progress = new Progress(State.TRAINING, m.epoch(), epochs, perEpoch, perEpoch, out.toString(), added + " labels added");
      }
    };
    try (TrainedRun r = sae.train(t, listener)) {
      done.accept(r.path());
      progress = new Progress(State.COMPLETE, epochs, epochs, 0, 0, r.path().toString(), "trained " + epochs + " epochs with " + added + " labels added");
    } catch (Exception | Error e) {
      progress = new Progress(State.FAILED, progress.epoch(), epochs, 0, 0, out.toString(), String.valueOf(e.getMessage()));
    }
  }

  /** Waits for a running retraining (tests, shutdown). */
  public void join(long millis) throws InterruptedException {
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null) {
      t.join(millis);
    }
  }

  /** {@code RUN-relabel-N} with the first free N, beside the run. */
  static Path next(Path run) {
    Path abs = run.toAbsolutePath().normalize();
    String base = abs.getFileName().toString().replaceAll("-relabel-\\d+$", "");
    for (int i = 1; ; i++) {
      Path p = abs.resolveSibling(base + "-relabel-" + i);
      if (!Files.exists(p)) {
        return p;
      }
    }
  }
}
