package io.sae.lab.experiment;

import io.sae.api.InvalidInputException;
import io.sae.api.training.History;
import io.sae.lab.evaluate.Evaluation;
import io.sae.lab.evaluate.EvaluationResult;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.train.LogProgress;
import io.sae.runtime.train.RunTrainer;
import io.sae.runtime.train.Training;
import io.sae.runtime.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Trains and evaluates the runs an experiment is made of, in this process: every sub-run is an ordinary run folder
 * under {@code runs/}, {@code commands.txt} lists the equivalent {@code sae} command lines and {@code experiment.log}
 * the progress. A run that is complete and evaluated is reused, so an interrupted experiment continues where it
 * stopped; a run folder left incomplete is deleted and trained again.
 */
public final class ExperimentRuns {
  private final Path root;
  private final SaeRuntime runtime;
  private final SampleLimit limit;
  private final Consumer<String> console;
  private final ExperimentLog log;
  private final Set<String> used = new LinkedHashSet<>();

  /**
   * @param root the experiment folder
   * @param runtime methods, datasets and trainer of every run
   * @param limit applied to every training (smoke runs)
   * @param console receives one line per run started, reused or finished
   */
  public ExperimentRuns(Path root, SaeRuntime runtime, SampleLimit limit, Consumer<String> console) throws IOException {
    this.root = root;
    this.runtime = runtime;
    this.limit = limit;
    this.console = console;
    this.log = new ExperimentLog(root);
    Files.createDirectories(root.resolve("runs"));
  }

  /** The folder of run {@code name}. */
  public Path runPath(String name) {
    return root.resolve("runs").resolve(name);
  }

  /** The experiment's command record and log, for the work it does besides training (suggestions, samples). */
  public ExperimentLog log() {
    return log;
  }

  /** Trains {@code training} as run {@code name} (unless already done) and evaluates it; returns its metrics.json. */
  public RunMetrics trainAndEvaluate(String name, Training training) throws IOException {
    return trainAndEvaluate(name, training, null);
  }

  /**
   * As {@link #trainAndEvaluate(String, Training)}, for a training whose added labels were read from
   * {@code addLabelsFile}: commands.txt names the file, as the user would.
   */
  public RunMetrics trainAndEvaluate(String name, Training training, Path addLabelsFile) throws IOException {
    Path run = runPath(name);
    Path metrics = run.resolve("metrics.json");
    if (isComplete(run) && Files.isRegularFile(metrics)) {
      console.accept(String.format(Locale.ROOT, "  %-40s done before, reused", name));
      used.add(name);
      return RunMetrics.read(name, metrics);
    }
    if (Files.exists(run) && !isComplete(run)) {
      deleteRunFolder(run); // killed mid-training: its folder must not pass for a result
    }
    long t0 = System.nanoTime();
    console.accept(String.format(Locale.ROOT, "  %-40s training (progress in %s) ...", name, log.file()));
    // the data the training prepared is what evaluation would prepare again from the config: keep it
    PreparedData trained = isComplete(run) ? null : train(training.limit(limit).into(run), addLabelsFile);
    evaluate(run, trained);
    console.accept(String.format(Locale.ROOT, "  %-40s done in %.0f s", name, (System.nanoTime() - t0) / 1e9));
    used.add(name); // only runs that exist count: a training the method refused is no run of the experiment
    return RunMetrics.read(name, metrics);
  }

  private PreparedData train(Training t, Path addLabelsFile) throws IOException {
    List<String> args = new ArrayList<>(t.commandLine());
    if (addLabelsFile != null) {
      args.set(args.indexOf("--add-labels") + 1, addLabelsFile.toString());
    }
    String line = log.command(args);
    try {
      TrainingResult r = new RunTrainer(runtime).train(t, List.of(new LogProgress(log::line)), log::line);
      log.line(String.format(Locale.ROOT, "kept the weights of epoch %d (%s)", r.selectedEpoch() + 1, r.selection()));
      return r.data();
    } catch (InvalidInputException e) {
      throw failed(line, e);
    }
  }

  /** What {@code sae evaluate RUN} does: metrics.json, report.md and the plots; {@code data} null: prepared from the config. */
  private void evaluate(Path runPath, PreparedData data) throws IOException {
    String line = log.command(List.of("evaluate", runPath.toString()));
    try (OpenRun run = OpenRun.open(runtime, runPath)) {
      PreparedData prepared = data != null ? data : run.config().prepareData(runtime);
      History history = run.dir().checkpoints().load().history();
      EvaluationResult r = Evaluation.run(runtime, run, prepared, run.dir().readStatus(), history, true);
      // the lines 'sae evaluate' prints, so the log reads like the commands in commands.txt
      r.summary().forEach(log::line);
    } catch (InvalidInputException e) {
      throw failed(line, e);
    }
  }

  /** A sub-run's user error, naming the command that failed; exit 2 is what {@code sae} exits with on it. */
  private InvalidInputException failed(String line, InvalidInputException e) {
    log.line("sae: error: " + e.getMessage());
    return new InvalidInputException("'" + line + "' failed (exit 2):\n" + e.getMessage(), e);
  }

  /** Names of the runs this experiment used so far (trained or reused), in order. */
  public List<String> used() {
    return List.copyOf(used);
  }

  /** Training seconds of the runs used so far (from their metrics.json), reused runs included. */
  public double trainingSeconds() throws IOException {
    double total = 0;
    for (String name : used) {
      total += RunMetrics.read(name, runPath(name).resolve("metrics.json")).trainingSeconds();
    }
    return total;
  }

  /** Whether {@code run} finished training (an unreadable status counts as not finished). */
  public static boolean isComplete(Path run) {
    if (!Files.isRegularFile(run.resolve("status.json"))) {
      return false;
    }
    try {
      return RunDirectory.open(run).readStatus().complete();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Deletes a run folder that must not pass for a result (training was killed before it completed). */
  public static void deleteRunFolder(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
