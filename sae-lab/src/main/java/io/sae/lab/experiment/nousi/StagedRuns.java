package io.sae.lab.experiment.nousi;

import io.sae.lab.experiment.ExperimentRuns;
import io.sae.runtime.train.LogProgress;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.InvalidInputException;
import io.sae.data.io.AtomicFiles;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.train.Resume;
import io.sae.runtime.train.RunTrainer;
import io.sae.runtime.train.Training;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the runs of a paper-002 experiment in this process, each in ONE training call, and scores it at the end
 * of each stage from the checkpoint written at that epoch (the weights the run would keep if it ended there).
 * Every run is an ordinary run folder under {@code runs/}. {@code commands.txt} lists the {@code sae} command
 * lines that make the same files by hand (train to the end of a stage, score it, {@code --resume} to the next
 * stage, ...: the same weights, as a resumed run continues exactly); {@code experiment.log} gets the training
 * progress. Started again, a run skips every stage whose work is on record and resumes from its last finished
 * epoch.
 */
final class StagedRuns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SaeRuntime runtime;
  private final Path root;
  private final ExperimentConsole console;
  private final List<TrainingListener> extraListeners;
  private DataRequest preparedFor; // the runs of an experiment share their data: prepare it once, keep one copy
  private PreparedData prepared;

  /**
   * @param root the experiment folder
   * @param extraListeners called during every training after the experiment's own (tests stop a run with them)
   */
  StagedRuns(SaeRuntime runtime, Path root, ExperimentConsole console, List<TrainingListener> extraListeners) throws IOException {
    this.runtime = runtime;
    this.root = root;
    this.console = console;
    this.extraListeners = List.copyOf(extraListeners);
    Files.createDirectories(root.resolve("runs"));
  }

  /** The folder of run {@code name}. */
  Path runPath(String name) {
    return root.resolve("runs").resolve(name);
  }

  /**
   * Trains run {@code name} on {@code schedule} (unless done) and does {@code work} at the end of every stage whose
   * work is not on record: the last stage on the completed run, the others from the checkpoint of their last
   * epoch while training continues. A run killed mid-training is resumed from its last finished epoch, which
   * trains the same weights as an uninterrupted run.
   *
   * @param training the whole run, {@link StageSchedule#totalEpochs()} epochs, into {@link #runPath}
   * @throws InvalidInputException when the run is trained past a stage whose work is missing
   */
  void trainInStages(String name, Training training, StageSchedule schedule, StageWork work) throws IOException {
    Path run = runPath(name);
    int stages = schedule.stages();
    if (Files.exists(run) && !RunDirectory.open(run).checkpoints().exists()) {
      ExperimentRuns.deleteRunFolder(run); // killed before its first epoch was checkpointed: nothing to resume from
    }
    long t0 = System.nanoTime();
    int first = nextMissing(run, work, 1, stages);
    if (first <= stages) {
      int done = Files.exists(run) ? RunDirectory.open(run).checkpoints().load().epochsDone() : 0;
      if (first < stages && done == schedule.end(first)) { // killed after the stage's last epoch, before its work
        scoreAtCheckpoint(run, work, first);
        first = nextMissing(run, work, first + 1, stages);
      }
      if (first < stages && done > schedule.end(first)) {
        throw new InvalidInputException(run + " is trained past stage " + first + " (" + done + " epochs) but that stage's results are "
            + "missing; delete the run folder to train it again");
      }
      if (done < schedule.totalEpochs()) {
        train(name, run, training, schedule, work, done);
      } else if (!ExperimentRuns.isComplete(run)) {
        throw new InvalidInputException(run + " finished all " + done + " epochs but stopped before its weights were written; "
            + "delete the run folder to train it again");
      }
      if (!work.done(run, stages)) {
        record(work.command(run));
        try (OpenRun complete = OpenRun.open(runtime, run)) {
          work.score(complete, data(complete), stages).forEach(this::log);
        }
      }
    }
    console.print(String.format(Locale.ROOT, "  %-32s %d stages done (%.0f s this start)", name, stages, (System.nanoTime() - t0) / 1e9));
  }

  /**
   * The JSON file a scoring of the completed {@code run} writes, kept as {@code keptAs} so a later scoring of the
   * same kind does not overwrite it; a kept file from an earlier start is read instead of scoring again.
   *
   * @param command the equivalent {@code sae} command (without {@code sae} and the common options)
   */
  Map<String, Object> probe(Path run, List<String> command, String keptAs, Probe probe) throws IOException {
    Path kept = run.resolve(keptAs);
    if (!Files.isRegularFile(kept)) {
      record(command);
      try (OpenRun complete = OpenRun.open(runtime, run)) {
        Probe.Scored s = probe.score(complete, data(complete));
        s.summary().forEach(this::log);
        AtomicFiles.write(kept, Files.readAllBytes(s.file()));
      }
    }
    return readJson(kept);
  }

  /** A scoring of a completed run. */
  interface Probe {
    /** What a scoring wrote, and its lines for the log. */
    record Scored(Path file, List<String> summary) {}

    Scored score(OpenRun run, PreparedData data) throws IOException;
  }

  /** Reads a result file as JSON. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> readJson(Path file) throws IOException {
    return JSON.readValue(file.toFile(), Map.class);
  }

  private void train(String name, Path run, Training training, StageSchedule schedule, StageWork work, int startEpoch) throws IOException {
    List<TrainingListener> listeners = new ArrayList<>();
    listeners.add(new LogProgress(this::log));
    StageEnds ends = new StageEnds(name, run, training, schedule, work, startEpoch);
    ends.announce(startEpoch); // before training, so the log shows the command above the trainer's own lines
    listeners.add(ends);
    listeners.addAll(extraListeners);
    RunTrainer trainer = new RunTrainer(runtime);
    try {
      if (startEpoch == 0) {
        trainer.train(training, listeners, this::log);
      } else {
        trainer.resume(Resume.of(run, schedule.totalEpochs()), listeners, this::log);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a stage's scoring failed inside the training loop
    }
  }

  /**
   * Announces each stretch of training (to the end of the next stage whose work is missing) and scores a stage
   * when its last epoch's checkpoint is written. The last stage is scored on the completed run instead.
   */
  private final class StageEnds implements TrainingListener {
    private final String name;
    private final Path run;
    private final Training training;
    private final StageSchedule schedule;
    private final StageWork work;
    private final int startEpoch;
    private int target = -1; // the stage whose end the current stretch trains to, or -1 before a stretch starts

    StageEnds(String name, Path run, Training training, StageSchedule schedule, StageWork work, int startEpoch) {
      this.name = name;
      this.run = run;
      this.training = training;
      this.schedule = schedule;
      this.work = work;
      this.startEpoch = startEpoch;
    }

    @Override
    public void onEpochBegin(int epoch) {
      if (target < 0) {
        announce(epoch);
      }
    }

    /** Starts a stretch at {@code epoch}: to the end of the next stage whose work is missing (or the last stage). */
    void announce(int epoch) {
      target = schedule.stages();
      for (int t = schedule.stageOf(epoch); t < schedule.stages(); t++) {
        if (!work.done(run, t)) {
          target = t;
          break;
        }
      }
      int end = schedule.end(target);
      console.print(String.format(Locale.ROOT, "  %-32s stage %d/%d: training to epoch %d (progress in %s) ...", name, target, schedule.stages(), end,
          root.resolve("experiment.log")));
      record(epoch == 0 && startEpoch == 0 ? training.epochs(end).commandLine()
          : List.of("train", "--resume", run.toString(), "--epochs", String.valueOf(end)));
    }

    @Override
    public void onEpochEnd(EpochMetrics m) {
      if (target < schedule.stages() && m.epoch() + 1 == schedule.end(target)) {
        try {
          scoreAtCheckpoint(run, work, target);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        target = -1;
      }
    }
  }

  private void scoreAtCheckpoint(Path run, StageWork work, int stage) throws IOException {
    record(work.command(run));
    try (OpenRun atCheckpoint = CheckpointRun.open(runtime, run)) {
      work.score(atCheckpoint, data(atCheckpoint), stage).forEach(this::log);
    }
  }

  private static int nextMissing(Path run, StageWork work, int from, int stages) {
    int t = from;
    while (t <= stages && work.done(run, t)) {
      t++;
    }
    return t;
  }

  private PreparedData data(OpenRun run) throws IOException {
    DataRequest request = run.config().data();
    if (!request.equals(preparedFor)) {
      prepared = null; // free the previous data before preparing the next
      prepared = request.prepare(runtime);
      preparedFor = request;
    }
    return prepared;
  }

  /** Appends the command line to commands.txt and to the log. */
  private void record(List<String> command) {
    List<String> all = new ArrayList<>(command);
    all.addAll(console.commonArgs());
    String line = "sae " + String.join(" ", all);
    append(root.resolve("commands.txt"), line);
    log("$ " + line);
  }

  private void log(String text) {
    append(root.resolve("experiment.log"), text);
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
