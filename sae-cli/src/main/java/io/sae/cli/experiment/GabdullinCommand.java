package io.sae.cli.experiment;

import io.sae.cli.CommonOptions;
import io.sae.lab.experiment.gabdullin.GabdullinExperiment;
import io.sae.lab.experiment.gabdullin.GabdullinOptions;
import io.sae.lab.experiment.gabdullin.GabdullinResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sae experiment gabdullin}: paper 003 on a Fashion-MNIST class subset with a 2-D latent. For each seed,
 * {@code geometric} (CE + k_g L_G), the CE-only control ({@code geometric --set weight=0}: same network and head)
 * and {@code polar}; then the share of points in their configured cluster, the seed-to-seed spread of the class
 * means, nearest-centre against head accuracy, retrieval precision@10, similarity of a held-out class, prohibited
 * points of {@code polar}, and latent scatter plots. Writes {@code gabdullin.md} and {@code results.json}; started
 * again on the same folder, it reuses the finished runs.
 */
@Command(
    name = "gabdullin",
    mixinStandardHelpOptions = true,
    description = {
      "Paper 003 (latent space configuration) on a Fashion-MNIST class subset with a 2-D latent.",
      "",
      "Measures: geometric vs CE-only over seeds (in-cluster shares, spread of class means), "
          + "nearest-centre vs head accuracy, retrieval precision@10, similarity of a held-out class, polar "
          + "(points in prohibited sectors), latent scatter plots.",
    })
public final class GabdullinCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--dataset", defaultValue = "fashion-mnist", description = "Dataset. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--classes", split = ",", defaultValue = "0,1,5,8,9",
      description = "The classes trained on (T-shirt/top, Trouser, Sandal, Bag, Ankle boot). Default: ${DEFAULT-VALUE}.")
  List<Integer> classes;

  @Option(names = "--held-out", defaultValue = "7", description = "A class left out of training, for similarity of unseen classes (Sneaker). Default: ${DEFAULT-VALUE}.")
  int heldOut;

  @Option(names = "--per-class", defaultValue = "0", description = "Training samples per class (0: all 6,000). Default: ${DEFAULT-VALUE}.")
  int perClass;

  @Option(names = "--seeds", defaultValue = "3", description = "Seeds 1..N. Default: ${DEFAULT-VALUE}.")
  int seeds;

  @Option(names = "--epochs", defaultValue = "20", description = "Epochs per run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--arch", defaultValue = "dense:512,256", description = "Encoder. Default: ${DEFAULT-VALUE}.")
  String arch;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Option for the geometric runs, e.g. radius=0.3 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--out", required = true, description = "Experiment folder (reused runs when it exists).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    GabdullinOptions options = new GabdullinOptions(out, dataset, classes, heldOut, perClass, seeds, epochs, arch,
        GabdullinOptions.parseOptions(sets));
    String command = "sae " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    GabdullinResult r = new GabdullinExperiment(common.services(console), ExperimentArgs.of(console)).run(options, command);
    console.printf(Locale.ROOT, "wrote %s and %s (%.1f min)%n", r.report(), r.results(), r.minutes());
    return 0;
  }
}
