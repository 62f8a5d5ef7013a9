package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.api.data.LabelSelection;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.NetworkSpecs;
import io.sae.api.training.TrainingListener;
import io.sae.api.training.TrainingOptions;
import io.sae.cli.CommonOptions;
import io.sae.cli.Services;
import io.sae.cli.Version;
import io.sae.cli.data.DataRequest;
import io.sae.cli.data.LabelIndexFile;
import io.sae.cli.data.PreparedData;
import io.sae.cli.data.SampleLimit;
import io.sae.cli.progress.ProgressReporter;
import io.sae.cli.run.OpenRun;
import io.sae.cli.run.RunConfig;
import io.sae.cli.run.RunDirectory;
import io.sae.cli.run.RunStatus;
import io.sae.tf.train.TrainingOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sae train}: trains a method on a dataset into a run folder. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a structuring method into a run folder (config, checkpoints, history, weights).",
      "A checkpoint is written after every epoch; an interrupted run continues with --resume RUN.",
      "",
      "Examples:",
      "  sae train --dataset mnist --method ae --epochs 5 --out runs/ae",
      "  sae train --dataset mnist --grouping mnist-abc --labels 6000 --method classifier",
      "  sae train --resume runs/ae",
    })
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = {"-d", "--dataset"}, paramLabel = "NAME|SPEC",
      description = "Built-in dataset (see 'sae datasets') or user data: csv:FILE, npy:FILE, idx:FILE, images:DIR.")
  String dataset;

  @Option(names = {"-m", "--method"}, paramLabel = "NAME", defaultValue = "ae", description = "Structuring method (see 'sae methods'). Default: ${DEFAULT-VALUE}.")
  String method;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A method option, repeatable (see 'sae methods' for each method's options).")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = {"-g", "--grouping"}, paramLabel = "NAME|FILE", description = "Group classes, e.g. mnist-abc, or a JSON/YAML grouping file.")
  String grouping;

  @Option(names = "--labels", paramLabel = "N|all", defaultValue = "all",
      description = "Training samples whose label the method may see, chosen stratified with the seed. Default: ${DEFAULT-VALUE}.")
  String labels;

  @Option(names = "--validation", paramLabel = "FRACTION", defaultValue = "0.1",
      description = "Share of the visible labels held out (not trained on) for validation metrics and best-epoch choice. Default: ${DEFAULT-VALUE}.")
  double validation;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]",
      description = "Use only the first TRAIN training (and TEST test) samples: quick runs and smoke tests. Default: all.")
  String limit;

  @Option(names = "--add-labels", paramLabel = "FILE",
      description = "Reveal the labels of these training samples too: a 'sae suggest-labels' CSV (column train_index) or one index per line.")
  Path addLabels;

  @Option(names = "--init-from", paramLabel = "RUN",
      description = "Start from the kept weights of a completed run (same method, architecture and latent size) instead of fresh ones.")
  Path initFrom;

  @Option(names = {"-a", "--arch"}, paramLabel = "SPEC",
      description = "Network: conv, dense, dense-linear, dec, dense-2048 or a custom dense:H1,H2[:act[:out]] / conv:F1,F2[:k[:act[:out]]]. "
          + "Default: conv for images, dense for vectors.")
  String arch;

  @Option(names = "--latent", paramLabel = "D", defaultValue = "10", description = "Latent dimension. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "10", description = "Epochs (with --resume: the new total). Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "128", description = "Mini-batch size. Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(names = {"--learning-rate", "--lr"}, paramLabel = "RATE", defaultValue = "0.001", description = "Adam learning rate. Default: ${DEFAULT-VALUE}.")
  double learningRate;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of labels, initialisation, shuffling and noise. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Run folder to create (default: runs/METHOD-DATASET-TIME).")
  Path out;

  @Option(names = "--resume", paramLabel = "RUN", description = "Continue an interrupted run from its last finished epoch.")
  Path resume;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "Progress display: auto (bar on a terminal, lines otherwise), bar, lines. Default: ${DEFAULT-VALUE}.")
  String progress;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    boolean bar = useBar(); // checked before anything is written
    Services services = common.services(console);
    RunDirectory run;
    RunConfig config;
    int startEpoch = 0;
    boolean resuming = resume != null;
    if (resuming) {
      run = RunDirectory.open(resume);
      config = run.readConfig();
      if (spec.commandLine().getParseResult().hasMatchedOption("--epochs")) {
        config = config.withEpochs(epochs);
      }
      if (!run.checkpoints().exists()) {
        throw new InvalidInputException(resume + " has no finished epoch to resume from; start it again with 'sae train'");
      }
      startEpoch = run.checkpoints().load().epochsDone();
      if (startEpoch >= config.epochs()) {
        throw new InvalidInputException(
            resume + " has finished all " + startEpoch + " epochs; pass --epochs N with N > " + startEpoch + " to train further");
      }
    } else {
      if (dataset == null) {
        throw new InvalidInputException("--dataset is required (see 'sae datasets')");
      }
      config = null;
      run = null;
    }

    SampleLimit sampleLimit = SampleLimit.parse(limit);
    DataRequest data = resuming ? config.data() : new DataRequest(dataset, grouping, parseLabels(labels), validation, seed, sampleLimit.train(), sampleLimit.test(),
        addLabels == null ? List.of() : LabelIndexFile.read(addLabels));
    StructuringMethod m = services.method(resuming ? config.method() : method);
    MethodOptions methodOptions = new MethodOptions(m.name(), m.options(), resuming ? config.options() : options);
    TrainingOptions training = resuming
        ? new TrainingOptions(config.epochs(), config.batchSize(), config.learningRate(), config.seed())
        : new TrainingOptions(epochs, batchSize, learningRate, seed);
    if (!resuming && latent < 1) {
      throw new InvalidInputException("--latent must be at least 1, got " + latent);
    }
    PreparedData prepared = data.prepare(services);
    if (m.needsLabels() && prepared.facts().labeledCount() == 0) {
      throw new InvalidInputException("method " + m.name() + " needs labelled samples, and none are left for training");
    }
    String archSpec = resuming ? config.architecture()
        : arch != null ? arch : prepared.facts().sampleShape().length == 3 ? "conv" : "dense";
    if (!resuming) {
      config = new RunConfig(Version.current(), RunDirectory.now(), m.name(), methodOptions.asMap(), data, prepared.facts(),
          NetworkSpecs.presets().containsKey(archSpec) ? archSpec : NetworkSpecs.parse(archSpec).id(),
          latent, training.epochs(), training.batchSize(), training.learningRate(), training.seed(),
          initFrom == null ? null : initFrom.toString());
    }
    TrainingPlan plan = OpenRun.plan(services, config);
    Optional<io.sae.tf.graph.ParameterSnapshot> warmStart = resuming || config.initFrom() == null ? Optional.empty()
        : Optional.of(RunDirectory.open(Path.of(config.initFrom())).readCompleteWeights());
    if (!resuming) {
      run = RunDirectory.create(out != null ? out : defaultRunPath(m.name(), data.dataset()));
    }
    run.writeConfig(config);
    console.printf("run folder %s%nmethod %s %s, %s, latent %d, %s%n", run.path(), m.name(), methodOptions.asMap(), config.architecture(),
        config.latent(), describe(prepared));

    List<TrainingListener> listeners = List.of(new ProgressReporter(console, bar), statusWriter(run, training.epochs(), plan));
    run.writeStatus(new RunStatus(RunStatus.TRAINING, startEpoch, training.epochs(), -1, selection(plan), "", RunDirectory.now()));
    TrainingOutcome outcome;
    try {
      outcome = services.trainer().train(plan, prepared.labeled(), training, Optional.of(run.checkpoints()), resuming, warmStart, listeners);
    } catch (RuntimeException e) {
      int done = run.checkpoints().exists() ? run.checkpoints().load().epochsDone() : 0;
      run.writeStatus(new RunStatus(RunStatus.FAILED, done, training.epochs(), -1, selection(plan), String.valueOf(e.getMessage()), RunDirectory.now()));
      throw e;
    }
    run.writeHistory(outcome.history());
    run.writeWeights(outcome.weights());
    run.writeStatus(new RunStatus(RunStatus.COMPLETE, training.epochs(), training.epochs(), outcome.selectedEpoch(), selection(plan), "",
        RunDirectory.now()));
    console.printf("kept the weights of epoch %d (%s); evaluate with: sae evaluate %s%n", outcome.selectedEpoch() + 1, selection(plan), run.path());
    return 0;
  }

  private boolean useBar() {
    return switch (progress) {
      case "bar" -> true;
      case "lines" -> false;
      case "auto" -> ProgressReporter.isTerminal();
      default -> throw new InvalidInputException("--progress must be auto, bar or lines, got '" + progress + "'");
    };
  }

  private static String selection(TrainingPlan plan) {
    return plan.selection().isLast() ? "last epoch" : "best " + plan.selection().metric();
  }

  /** Keeps status.json's epoch count current, so an interrupted run says how far it got. */
  private static TrainingListener statusWriter(RunDirectory run, int epochs, TrainingPlan plan) {
    return new TrainingListener() {
      @Override
      public void onEpochEnd(io.sae.api.training.EpochMetrics m) {
        try {
          run.writeStatus(new RunStatus(RunStatus.TRAINING, m.epoch() + 1, epochs, -1, selection(plan), "", RunDirectory.now()));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
  }

  private static String describe(PreparedData p) {
    return String.format("%s: %,d training samples (%,d labelled, %,d validation), %,d test, %d classes %s", p.facts().dataset(),
        p.facts().trainSize(), p.facts().labeledCount(), p.facts().validationSize(), p.test().size(), p.facts().classCount(),
        p.facts().classNames());
  }

  static int parseLabels(String text) {
    if (text.equalsIgnoreCase("all")) {
      return LabelSelection.ALL;
    }
    try {
      int n = Integer.parseInt(text.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--labels must be a positive count or 'all', got '" + text + "'");
    }
  }

  private static Path defaultRunPath(String method, String dataset) {
    String safe = dataset.replaceAll("[^A-Za-z0-9_-]", "_");
    return Path.of("runs", method + "-" + safe + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
  }
}
