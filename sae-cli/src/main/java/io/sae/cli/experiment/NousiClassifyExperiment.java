package io.sae.cli.experiment;

import io.sae.cli.CommonOptions;
import io.sae.lab.experiment.nousi.ExperimentConsole;
import io.sae.lab.experiment.nousi.NousiClassification;
import io.sae.lab.experiment.nousi.NousiClassificationOptions;
import io.sae.lab.experiment.nousi.NousiClassificationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sae experiment nousi-classify}: paper 002's classification tables (4-5) in spirit. The options become a
 * {@link NousiClassificationOptions}; {@link NousiClassification} does the work (see there for what it writes).
 */
@Command(
    name = "nousi-classify",
    mixinStandardHelpOptions = true,
    description = {
      "Paper 002, Tables 4-5 in spirit: classifiers on AE, dAE-1 and dAE-2 latents and the inputs.",
      "",
      "Paper 002, Tables 4-5 in spirit: test accuracy of softmax regression, nearest centroid, kNN and an "
          + "RBF SVM on the latents of AE, dAE-1 and dAE-2 and on the inputs, mean +- std over seeds.",
    })
public final class NousiClassifyExperiment implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--dataset", defaultValue = "fashion-mnist", description = "Dataset. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--methods", split = ",", defaultValue = "ae,dae-1,dae-2", description = "Autoencoder rows. Default: ${DEFAULT-VALUE}.")
  List<String> methods;

  @Option(names = "--seeds", defaultValue = "5", description = "Seeds 1..N per row. Default: ${DEFAULT-VALUE}.")
  int seeds;

  @Option(names = "--stages", defaultValue = "5", description = "T, training stages (stage 0 plain). Default: ${DEFAULT-VALUE}.")
  int stages;

  @Option(names = "--stage-epochs", defaultValue = "10", description = "E, epochs per stage. Default: ${DEFAULT-VALUE}.")
  int stageEpochs;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", defaultValue = "2000,2000",
      description = "The small labelled set: first samples only. Default: ${DEFAULT-VALUE}.")
  String limit;

  @Option(names = "--arch", defaultValue = "dense-linear", description = "Network. Default: ${DEFAULT-VALUE}.")
  String arch;

  @Mixin StagedTrainingOptions training;

  @Option(names = "--latent", defaultValue = "32", description = "Latent size d. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Option for every dAE row, e.g. alpha=0.5 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--out", required = true,
      description = "Experiment folder. Started again with the same settings, it reuses every finished run.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    NousiClassificationOptions options = new NousiClassificationOptions(dataset, methods, seeds, stages, stageEpochs, limit, arch, latent, sets,
        training.firstStageEpochs, training.batchSize, out);
    String command = "sae " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    NousiClassificationResult r = NousiClassification.run(common.services(log), options, new ExperimentConsole(line -> {
      log.println(line);
      log.flush();
    }, command, common.forwardedOptions()));
    log.printf("wrote %s and %s (%.1f min)%n", r.report(), r.results(), r.minutes());
    return 0;
  }
}
