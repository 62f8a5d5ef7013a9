package io.sae.cli.experiment;

import io.sae.cli.CommonOptions;
import io.sae.lab.experiment.wang.WangExperiment;
import io.sae.lab.experiment.wang.WangOptions;
import io.sae.lab.experiment.wang.WangResult;
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

/** {@code sae experiment wang}: paper 004's comparison of the VAE family on MNIST and Fashion-MNIST. */
@Command(name = "wang", mixinStandardHelpOptions = true,
    description = {
      "Paper 004 (Wang, Blair and Belkhale): vae, beta-vae, cvae, lambda-hot-vae and kmeans-vae.",
      "",
      "Every method trains on each dataset with the same body, latent size and epochs, every label visible.",
      "",
      "Measures: test reconstruction BCE per image (Table 1); the argmax-of-the-first-K accuracy of "
          + "lambda-hot-vae; the cluster-majority accuracy of kmeans-vae; a linear SVM on every method's latent "
          + "means; how many class-conditional samples of lambda-hot-vae and cvae a classifier trained on real "
          + "data assigns to the requested class; sample grids (Figs. 4-6) and PCA / t-SNE views of the test "
          + "latents (Figs. 2-3).",
      "",
      "Writes OUT/wang.md, OUT/results.json and PNGs; every run is a normal run folder under OUT/runs and "
          + "OUT/commands.txt lists the sae commands that made them. Started again, it reuses finished runs.",
      "",
      "Example (a smoke-sized run):",
      "  sae experiment wang --out /tmp/wang --datasets mnist --limit 3000,1000 \\",
      "      --epochs 2 --classifier-epochs 1",
    })
public final class WangCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "experiments/wang", description = "Experiment folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--datasets", split = ",", paramLabel = "NAME", defaultValue = "mnist,fashion-mnist",
      description = "Datasets (mnist, fashion-mnist). Default: ${DEFAULT-VALUE}.")
  List<String> datasets;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "20", description = "Epochs of every VAE run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "dense",
      description = "Body of every VAE (dense with a sigmoid output: cvae needs a dense body). Default: ${DEFAULT-VALUE}.")
  String arch;

  @Option(names = "--latent", paramLabel = "N", defaultValue = "20", description = "Latent size (the paper's 20). Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--classifier-epochs", paramLabel = "N", defaultValue = "10",
      description = "Epochs of the real-data classifier (conv, best validation epoch kept). Default: ${DEFAULT-VALUE}.")
  int classifierEpochs;

  @Option(names = "--check-samples", paramLabel = "N", defaultValue = "200",
      description = "Class-conditional samples per class given to the classifier. Default: ${DEFAULT-VALUE}.")
  int checkSamples;

  @Option(names = "--count", paramLabel = "N", defaultValue = "16", description = "Samples per row of the sample grids. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = "--view-points", paramLabel = "N", defaultValue = "1500", description = "Test samples per latent view. Default: ${DEFAULT-VALUE}.")
  int viewPoints;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", description = "Use only the first samples of each dataset (smoke runs). Default: all.")
  String limit;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of every run and of the sample noise. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    WangOptions options = new WangOptions(out, datasets, epochs, arch, latent, classifierEpochs, checkSamples, count, viewPoints,
        SampleLimit.parse(limit), seed);
    WangResult r = new WangExperiment(common.services(console), ExperimentArgs.of(console)).run(options, ExperimentArgs.arguments(spec));
    console.printf("%nwrote %s and %s (%.1f min)%n", r.report(), r.results(), r.minutes());
    return 0;
  }
}
