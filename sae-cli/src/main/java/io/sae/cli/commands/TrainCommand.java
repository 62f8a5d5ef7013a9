package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.data.LabelSelection;
import io.sae.runtime.train.EarlyStopping;
import io.sae.api.training.TrainingListener;
import io.sae.cli.CommonOptions;
import io.sae.cli.DeviceOption;
import io.sae.cli.progress.ProgressReporter;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.LabelIndexFile;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.train.Resume;
import io.sae.runtime.train.RunTrainer;
import io.sae.runtime.train.Training;
import io.sae.runtime.train.TrainingResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
      "",
      "A checkpoint is written after every epoch; an interrupted run continues with --resume RUN.",
      "",
      "Examples:",
      "  sae train --dataset mnist --method ae --epochs 5 --out runs/ae",
      "  sae train --dataset mnist --grouping mnist-abc --labels 6000 \\",
      "      --method classifier",
      "  sae train --resume runs/ae",
      "  sae train -d mnist -m classifier --labels 6000 -e 100 \\",
      "      --early-stop val_accuracy:5",
    })
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DeviceOption device;

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
      description = "Start from the kept weights of a completed run (same architecture and latent size; the method may differ, "
          + "e.g. dec from an ae run, whose hook then sets the centres) instead of fresh ones.")
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

  @Option(names = "--resume", paramLabel = "RUN",
      description = "Continue an interrupted run from its last finished epoch, with the settings in its config.json (only --epochs, the new total, may be given too).")
  Path resume;

  @Option(names = "--early-stop", paramLabel = "METRIC:PATIENCE",
      description = "Stop when a validation metric (val_reconstruction_rmse, val_accuracy, val_cross_entropy, or "
          + "val_nearest_mean_accuracy: validation samples nearest their class's mean training latent, for models without a "
          + "classifier head such as sae) has not improved for PATIENCE epochs, and keep its best epoch; a PATIENCE of --epochs "
          + "only keeps the best. Recorded in config.json, so --resume stops at the same epoch.")
  String earlyStop;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "Progress display: auto (bar on a terminal, lines otherwise), bar, lines. Default: ${DEFAULT-VALUE}.")
  String progress;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    boolean bar = useBar(); // checked before anything is written
    SaeRuntime services = device.applyTo(common.services(console));
    RunTrainer trainer = new RunTrainer(services);
    List<TrainingListener> listeners = List.of(new ProgressReporter(console, bar));
    TrainingResult r;
    if (resume != null) {
      if (earlyStop != null) {
        throw new InvalidInputException("--early-stop is recorded when a run starts; a resumed run keeps its own (see its config.json)");
      }
      refuseRunSettings();
      boolean newTotal = spec.commandLine().getParseResult().hasMatchedOption("--epochs");
      r = trainer.resume(new Resume(resume, newTotal ? OptionalInt.of(epochs) : OptionalInt.empty()), listeners, console::println);
    } else {
      Training t = Training.of(method).dataset(dataset).withOptions(options).grouping(grouping).labels(parseLabels(labels))
          .validation(validation).limit(SampleLimit.parse(limit)).addLabels(addLabels == null ? List.of() : LabelIndexFile.read(addLabels))
          .initFrom(initFrom).architecture(arch).latent(latent).epochs(epochs).batchSize(batchSize).learningRate(learningRate).seed(seed)
          .into(out).earlyStop(earlyStop == null ? null : EarlyStopping.parse(earlyStop));
      r = trainer.train(t, listeners, console::println);
    }
    if (!r.stoppedBecause().isEmpty()) {
      console.printf("stopped early after epoch %d: %s%n", r.history().epochs().size(), r.stoppedBecause());
    }
    console.printf("kept the weights of epoch %d (%s); evaluate with: sae evaluate %s%n", r.selectedEpoch() + 1, r.selection(), r.run().path());
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


  /** The options that define a run: a resumed run takes them from its config.json, so giving one is a conflict. */
  private static final List<String> RUN_SETTINGS = List.of("--dataset", "--method", "--set", "--grouping", "--labels", "--validation",
      "--limit", "--add-labels", "--init-from", "--arch", "--latent", "--batch-size", "--learning-rate", "--seed", "--out");

  /** @throws InvalidInputException naming every run setting given with --resume (silently ignoring them would mislead) */
  private void refuseRunSettings() {
    var parsed = spec.commandLine().getParseResult();
    List<String> given = RUN_SETTINGS.stream().filter(parsed::hasMatchedOption).toList();
    if (!given.isEmpty()) {
      throw new InvalidInputException("--resume continues " + resume + " with the settings in its config.json; "
          + String.join(", ", given) + (given.size() == 1 ? " cannot change it" : " cannot change them")
          + " (with --resume only --epochs, the new total, may be given)");
    }
  }
}
