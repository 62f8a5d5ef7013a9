package io.sae.runtime.train;

import io.sae.api.InvalidInputException;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.runtime.train.EarlyStopping;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.tf.train.TrainingOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.SaeVersion;
import io.sae.runtime.data.DataFingerprint;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunConfig;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.run.RunStatus;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.train.CheckpointStore;
import io.sae.tf.train.TrainRequest;
import io.sae.tf.train.Trainer;
import io.sae.tf.train.TrainingOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Trains into a run folder: a new run, a resumed one, a warm start from another run's weights, or a run with
 * added labels. It writes {@code config.json} before the first epoch, keeps {@code status.json} current after
 * every epoch (so an interrupted run says how far it got), writes {@code failed} with the message when training
 * stops with an error, and writes the history and the kept weights before it marks the run complete.
 */
public final class RunTrainer {
  private final SaeRuntime runtime;

  /** A trainer over the methods, datasets and loss builders of {@code runtime}. */
  public RunTrainer(SaeRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Trains a new run.
   *
   * @param log receives the run folder and the data summary before training starts
   * @param listeners training callbacks (progress, metrics), called on the training thread
   * @throws InvalidInputException on bad settings or data, before anything is written where possible
   */
  public TrainingResult train(Training t, List<TrainingListener> listeners, Consumer<String> log) throws IOException {
    if (t.dataset() == null) {
      throw new InvalidInputException("--dataset is required (see 'sae datasets')");
    }
    if (t.inMemory() != null) {
      runtime.register(t.inMemory());
    }
    DataRequest data = new DataRequest(t.dataset(), t.grouping(), t.labels(), t.validation(), t.seed(), t.limit().train(), t.limit().test(),
        t.addLabels());
    StructuringMethod m = runtime.method(t.method());
    MethodOptions methodOptions = new MethodOptions(m.name(), m.options(), t.options());
    TrainingOptions training = new TrainingOptions(t.epochs(), t.batchSize(), t.learningRate(), t.seed());
    if (t.latent() < 1) {
      throw new InvalidInputException("--latent must be at least 1, got " + t.latent());
    }
    PreparedData prepared = data.prepare(runtime);
    if (m.needsLabels() && prepared.facts().labeledCount() == 0) {
      throw new InvalidInputException("method " + m.name() + " needs labelled samples, and none are left for training");
    }
    String archSpec = t.architecture() != null ? t.architecture() : prepared.facts().sampleShape().length == 3 ? "conv" : "dense";
    RunConfig config = new RunConfig(SaeVersion.current(), RunDirectory.now(), m.name(), methodOptions.asMap(), data, prepared.facts(),
        NetworkSpecs.presets().containsKey(archSpec) ? archSpec : NetworkSpecs.parse(archSpec).id(),
        t.latent(), training.epochs(), training.batchSize(), training.learningRate(), training.seed(),
        t.initFrom() == null ? null : t.initFrom().toString(), t.earlyStop() == null ? null : t.earlyStop().toString(),
        DataFingerprint.of(data, prepared, runtime));
    TrainingPlan plan = OpenRun.plan(runtime, config);
    Optional<ParameterSnapshot> warmStart = config.initFrom() == null ? Optional.empty()
        : Optional.of(RunDirectory.open(Path.of(config.initFrom())).readCompleteWeights());
    checkEarlyStop(config, plan, prepared);
    try (RunDirectory run = RunDirectory.create(t.out() != null ? t.out() : defaultRunPath(m.name(), data.dataset()), log)) {
      return run(run, config, plan, prepared, training, 0, false, warmStart, listeners, log);
    }
  }

  /**
   * Continues a run from its last finished epoch, with its recorded settings (and a new epoch total if given).
   *
   * A run that never finished an epoch starts at epoch 0 with its recorded settings.
   *
   * @throws InvalidInputException when the folder is no run, is being written by another process, or has all its epochs done
   */
  public TrainingResult resume(Resume r, List<TrainingListener> listeners, Consumer<String> log) throws IOException {
    try (RunDirectory run = RunDirectory.openForWriting(r.run(), "training")) {
      return resume(run, r, listeners, log);
    }
  }

  private TrainingResult resume(RunDirectory run, Resume r, List<TrainingListener> listeners, Consumer<String> log) throws IOException {
    RunConfig config = run.readConfig();
    if (r.epochs().isPresent()) {
      config = config.withEpochs(r.epochs().getAsInt());
    }
    // A run killed during its first epoch (or failed before finishing one) has nothing to continue from: it starts
    // at epoch 0 with its recorded settings, from the weights it was to start from.
    boolean fromScratch = !run.checkpoints().exists();
    CheckpointStore.Checkpoint last = fromScratch ? null : run.checkpoints().load();
    int startEpoch = fromScratch ? 0 : last.epochsDone();
    if (fromScratch) {
      log.accept(r.run() + " has no finished epoch; training it from epoch 0 with its recorded settings");
    }
    // every epoch checkpointed but the end not written (e.g. the disk filled up writing the weights): finish from the
    // checkpoint without training, as for an early-stopped run below
    boolean unfinished = !fromScratch && startEpoch == config.epochs() && !complete(run);
    if (startEpoch >= config.epochs() && !unfinished) {
      throw new InvalidInputException(
          r.run() + " has finished all " + startEpoch + " epochs; pass --epochs N with N > " + startEpoch + " to train further");
    }
    // A run that early stopping ended is complete; one killed between its stopping epoch's checkpoint and the end
    // is finished from that checkpoint without another epoch, as it would have been.
    Optional<String> stopped = fromScratch ? Optional.empty() : config.earlyStopping().flatMap(e -> e.stopReason(last.history()));
    if (stopped.isPresent() && run.readStatus().complete()) {
      throw new InvalidInputException(r.run() + " stopped early after epoch " + startEpoch + " (" + stopped.get()
          + ") and is complete; there is nothing to resume");
    }
    StructuringMethod m = runtime.method(config.method());
    new MethodOptions(m.name(), m.options(), config.options()); // checks the recorded options still fit the method
    TrainingOptions training = new TrainingOptions(stopped.isPresent() || unfinished ? startEpoch : config.epochs(), config.batchSize(),
        config.learningRate(), config.seed());
    PreparedData prepared = config.prepareData(runtime); // refuses data files edited since the run started
    if (!prepared.changesAccepted().isEmpty()) {
      throw new InvalidInputException("--resume: the data of " + r.run() + " changed since it started (" + String.join("; ", prepared.changesAccepted())
          + "); a run trains on one set of data, so --accept-changed-data does not apply to --resume");
    }
    if (m.needsLabels() && prepared.facts().labeledCount() == 0) {
      throw new InvalidInputException("method " + m.name() + " needs labelled samples, and none are left for training");
    }
    TrainingPlan plan = OpenRun.plan(runtime, config);
    checkEarlyStop(config, plan, prepared);
    Optional<ParameterSnapshot> warmStart = !fromScratch || config.initFrom() == null ? Optional.empty()
        : Optional.of(RunDirectory.open(Path.of(config.initFrom())).readCompleteWeights());
    return run(run, config, plan, prepared, training, startEpoch, !fromScratch, warmStart, listeners, log);
  }

  private TrainingResult run(RunDirectory run, RunConfig config, TrainingPlan plan, PreparedData prepared, TrainingOptions training,
      int startEpoch, boolean resuming, Optional<ParameterSnapshot> warmStart, List<TrainingListener> listeners, Consumer<String> log)
      throws IOException {
    run.writeConfig(config);
    Optional<EarlyStopping> earlyStop = config.earlyStopping();
    if (earlyStop.isPresent()) { // keep the best epoch by the watched metric, as Keras' restore_best_weights
      plan = plan.withSelection(EpochSelection.best(earlyStop.get().metric(), earlyStop.get().maximize()));
    }
    int planned = config.epochs();
    log.accept(String.format("run folder %s%nmethod %s %s, %s, latent %d, %s", run.path(), config.method(), config.options(),
        config.architecture(), config.latent(), describe(prepared)));
    String selection = selection(plan);
    List<TrainingListener> all = new ArrayList<>(listeners);
    earlyStop.ifPresent(all::add);
    all.add(statusWriter(run, planned, selection));
    run.writeStatus(new RunStatus(RunStatus.State.TRAINING, startEpoch, planned, -1, selection, "", RunDirectory.now()));
    TrainingOutcome outcome;
    try {
      TrainRequest.Builder request = TrainRequest.builder(plan, prepared.labeled(), training).checkpoints(run.checkpoints())
          .resume(resuming).listeners(all);
      warmStart.ifPresent(request::warmStart);
      outcome = runtime.trainer().train(request.build());
    } catch (RuntimeException | IOException e) {
      markFailed(run, planned, selection, e);
      throw e;
    }
    int done = outcome.history().epochs().size();
    String stopped = outcome.stoppedEarly() ? outcome.stoppedBecause()
        : done < planned ? earlyStop.flatMap(es -> es.stopReason(outcome.history())).orElse("") : "";
    try {
      run.writeHistory(outcome.history());
      run.writeWeights(outcome.weights());
    } catch (IOException e) { // e.g. no space left: the last checkpoint holds every epoch, and --resume finishes the run from it
      markFailed(run, planned, selection, e);
      throw e;
    }
    run.writeStatus(new RunStatus(RunStatus.State.COMPLETE, done, planned, outcome.selectedEpoch(), selection,
        stopped.isEmpty() ? "" : "stopped early: " + stopped, RunDirectory.now()));
    return new TrainingResult(run, config, plan, prepared, outcome.history(), outcome.selectedEpoch(), selection, stopped);
  }

  /**
   * Writes the failed status; when that fails too (the disk that made training fail is full), the first error is the
   * one reported, with this one attached, and status.json keeps its last state, which is not complete either.
   */
  private static void markFailed(RunDirectory run, int planned, String selection, Exception cause) {
    try {
      int done = run.checkpoints().exists() ? run.checkpoints().load().epochsDone() : 0;
      run.writeStatus(new RunStatus(RunStatus.State.FAILED, done, planned, -1, selection, String.valueOf(cause.getMessage()),
          RunDirectory.now()));
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static boolean complete(RunDirectory run) {
    try {
      return run.readStatus().complete();
    } catch (IOException | RuntimeException e) {
      return false; // no readable status: certainly not a finished run
    }
  }

  /** Refuses early stopping on a metric the run will not report, before anything is written. */
  private static void checkEarlyStop(RunConfig config, TrainingPlan plan, PreparedData prepared) {
    Optional<EarlyStopping> e = config.earlyStopping();
    if (e.isEmpty()) {
      return;
    }
    // the plan as it will train: keeping the best epoch by the watched metric (which opts in to val_nearest_mean_accuracy)
    TrainingPlan keeping = plan.withSelection(EpochSelection.best(e.get().metric(), e.get().maximize()));
    java.util.Set<String> have = Trainer.validationMetrics(keeping, prepared.labeled());
    if (!have.contains(e.get().metric())) {
      throw new InvalidInputException("--early-stop " + e.get().metric() + ": this run reports no such metric (it has "
          + (have.isEmpty() ? "none" : String.join(", ", have)) + "; validation metrics need a validation split, --validation > 0, "
          + "with visible labels)");
    }
  }

  /** How the kept epoch is chosen, for people ({@code last epoch}, {@code best val_accuracy}). */
  public static String selection(TrainingPlan plan) {
    return plan.selection().isLast() ? "last epoch" : "best " + plan.selection().metric();
  }

  /** Keeps status.json's epoch count current, so an interrupted run says how far it got. */
  private static TrainingListener statusWriter(RunDirectory run, int epochs, String selection) {
    return new TrainingListener() {
      @Override
      public void onEpochEnd(EpochMetrics m) {
        try {
          run.writeStatus(new RunStatus(RunStatus.State.TRAINING, m.epoch() + 1, epochs, -1, selection, "", RunDirectory.now()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static String describe(PreparedData p) {
    return String.format("%s: %,d training samples (%,d labelled, %,d validation), %,d test, %d classes %s", p.facts().dataset(),
        p.facts().trainSize(), p.facts().labeledCount(), p.facts().validationSize(), p.test().size(), p.facts().classCount(),
        p.facts().classNames());
  }

  private static Path defaultRunPath(String method, String dataset) {
    String safe = dataset.replaceAll("[^A-Za-z0-9_-]", "_");
    return Path.of("runs", method + "-" + safe + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
  }
}
