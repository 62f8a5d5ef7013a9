package io.sae.cli.experiment;

import io.sae.cli.CommonOptions;
import io.sae.lab.experiment.compare.CompareExperiment;
import io.sae.lab.experiment.compare.CompareOptions;
import io.sae.lab.experiment.compare.CompareResult;
import io.sae.runtime.data.SampleLimit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sae experiment compare}: every registered method on the same data, network and budget. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {
      "Every registered method (built-ins and plugins found) on MNIST and Fashion-MNIST with the same network, "
          + "latent size and epochs, over several seeds: no paper has this table.",
      "",
      "Measures, mean +- sample std over --seeds: linear-SVM test error on the latents at each --labels count "
          + "(methods that train on labels train once per count; the others train once and the SVM is fitted on "
          + "the same visible labels), k-means ACC and NMI on the test latents, test reconstruction RMSE, test BCE "
          + "of the runs trained on BCE, and training time. A method that refuses the shared setting (e.g. polar "
          + "needs a 2-D latent, cvae every label) is listed with its own message.",
      "",
      "Writes OUT/compare.md, OUT/results.json and one PNG per dataset; every run is a normal run folder under "
          + "OUT/runs and OUT/commands.txt lists the sae commands that made them. Started again, it reuses "
          + "finished runs.",
      "",
      "Example (a smoke-sized run):",
      "  sae experiment compare --out /tmp/compare --datasets mnist --methods ae,vae,sae \\",
      "      --labels 300 --seeds 1,2 --epochs 1 --limit 1000,300",
    })
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "experiments/compare", description = "Experiment folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--datasets", split = ",", paramLabel = "NAME", defaultValue = "mnist,fashion-mnist",
      description = "Datasets (mnist, fashion-mnist). Default: ${DEFAULT-VALUE}.")
  List<String> datasets;

  @Option(names = "--methods", split = ",", paramLabel = "NAME", description = "Methods to train (see 'sae methods'). Default: every registered one.")
  List<String> methods = List.of();

  @Option(names = "--labels", split = ",", paramLabel = "N", defaultValue = "600,6000",
      description = "Visible-label counts, ascending. Default: ${DEFAULT-VALUE}.")
  List<Integer> labels;

  @Option(names = "--seeds", split = ",", paramLabel = "N", defaultValue = "1,2,3", description = "Seeds; each method trains once per seed. Default: ${DEFAULT-VALUE}.")
  List<Long> seeds;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "20", description = "Epochs of every run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "conv", description = "Network of every run. Default: ${DEFAULT-VALUE}.")
  String arch;

  @Option(names = "--latent", paramLabel = "N", defaultValue = "10", description = "Latent size of every run. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--set", paramLabel = "METHOD:KEY=VALUE",
      description = "A method option replacing its default in this comparison (repeatable), e.g. ccae-1:stage-epochs=4.")
  List<String> set = List.of();

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", description = "Use only the first samples of each dataset (smoke runs). Default: all.")
  String limit;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    CompareOptions options = new CompareOptions(out, datasets, methods, labels, seeds, epochs, arch, latent, CompareOptions.parseSettings(set),
        SampleLimit.parse(limit));
    CompareResult r = new CompareExperiment(common.services(console), ExperimentArgs.of(console)).run(options, ExperimentArgs.arguments(spec));
    console.printf("%nwrote %s and %s (%.1f min)%n", r.report(), r.results(), r.minutes());
    return 0;
  }
}
