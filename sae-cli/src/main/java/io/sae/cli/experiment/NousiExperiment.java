package io.sae.cli.experiment;

import io.sae.cli.CommonOptions;
import io.sae.lab.experiment.nousi.ExperimentConsole;
import io.sae.lab.experiment.nousi.NousiClustering;
import io.sae.lab.experiment.nousi.NousiClusteringOptions;
import io.sae.lab.experiment.nousi.NousiClusteringResult;
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
 * {@code sae experiment nousi}: paper 002's clustering table (Table 2) at a chosen scale. The options become a
 * {@link NousiClusteringOptions}; {@link NousiClustering} does the work (see there for what it trains and writes).
 */
@Command(
    name = "nousi",
    mixinStandardHelpOptions = true,
    description = {
      "Paper 002 (Nousi & Tefas), Table 2 at a chosen scale: k-means ACC and NMI.",
      "",
      "Paper 002 (Nousi & Tefas), Table 2 at a chosen scale: k-means ACC and NMI on the test latents of AE "
          + "and CCAE-1..4 (and on the test inputs: No AE), mean +- std over seeds, plus ACC after every stage.",
    })
public final class NousiExperiment implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--dataset", defaultValue = "mnist", description = "Dataset. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--methods", split = ",", defaultValue = "ae,ccae-1,ccae-2,ccae-3,ccae-4",
      description = "Autoencoder rows (ae is the control). Default: ${DEFAULT-VALUE}.")
  List<String> methods;

  @Option(names = "--seeds", defaultValue = "3", description = "Seeds 1..N per row. Default: ${DEFAULT-VALUE}.")
  int seeds;

  @Option(names = "--stages", defaultValue = "5", description = "T, training stages (stage 0 plain). Default: ${DEFAULT-VALUE}.")
  int stages;

  @Option(names = "--stage-epochs", defaultValue = "10", description = "E, epochs per stage. Default: ${DEFAULT-VALUE}.")
  int stageEpochs;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", description = "First samples only (the scale of a quick run).")
  String limit;

  @Option(names = "--arch", defaultValue = "dense-linear", description = "Network. Default: ${DEFAULT-VALUE}.")
  String arch;

  @Mixin StagedTrainingOptions training;

  @Option(names = "--latent", defaultValue = "10", description = "Latent size d. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Option for every CCAE row, e.g. alpha=0.1 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--restarts", defaultValue = "10",
      description = "k-means++ runs per evaluation, the lowest-inertia one scored (see 'sae cluster'). Default: ${DEFAULT-VALUE}.")
  int restarts;

  @Option(names = "--out", required = true,
      description = "Experiment folder. Started again with the same settings, it reuses every finished stage.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    NousiClusteringOptions options = new NousiClusteringOptions(dataset, methods, seeds, stages, stageEpochs, limit, arch, latent, sets,
        training.firstStageEpochs, training.batchSize, restarts, out);
    String command = "sae " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    NousiClusteringResult r = NousiClustering.run(common.services(log), options, new ExperimentConsole(line -> {
      log.println(line);
      log.flush();
    }, command, common.forwardedOptions()));
    log.printf("wrote %s, %s and %s (%.1f min)%n", r.report(), r.plot(), r.results(), r.minutes());
    return 0;
  }
}
