package io.sae.cli.experiment;

import io.sae.cli.CommonOptions;
import io.sae.lab.experiment.rudolph.RudolphExperiment;
import io.sae.lab.experiment.rudolph.RudolphOptions;
import io.sae.lab.experiment.rudolph.RudolphResult;
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

/** {@code sae experiment rudolph}: paper 001's experiments with the {@code sae} method. */
@Command(name = "rudolph", mixinStandardHelpOptions = true,
    description = {
      "Paper 001 (Rudolph et al., structuring autoencoders) on MNIST A/B/C, Fashion-MNIST and synthetic "
          + "vectors.",
      "",
      "Parts (--parts):",
      "  labels      test error by number of labels: SAE + linear SVM (last and best",
      "              validation epoch), classifier, and linear SVMs on AE, AAE and VAE",
      "              latents; SAE's RMSE against its gamma-0 control on the same",
      "              samples (Fig. 6)",
      "  seeds       SAE against the classifier at --gamma-labels labels over --seeds,",
      "              mean +- std",
      "  confidence  expected calibration error: SAE's normalised SVM scores against",
      "              the classifier's softmax (3.4)",
      "  gamma       SVM error and reconstruction RMSE by gamma at --gamma-labels",
      "              labels (Fig. 11)",
      "  guided      guided against random labelling from --guided-start labels, over",
      "              --guided-seeds (Fig. 10)",
      "  views       PCA and t-SNE of AE, AAE, VAE and SAE test latents (Fig. 4)",
      "  fashion     Fashion-MNIST seasons and upper-body groupings at",
      "              --fashion-labels labels",
      "  synthetic   the synthetic hidden-structure vectors (stand-in for 3D body",
      "              shapes), dense-2048 network",
      "",
      "Writes OUT/rudolph.md, OUT/results.json and PNG plots; every run is a normal run folder under "
          + "OUT/runs and OUT/commands.txt lists the sae commands that made them. Started again, it reuses "
          + "finished runs. The full default scale trains about 30 networks: roughly an hour on 2 CPU cores.",
      "",
      "Example (a smoke-sized run):",
      "  sae experiment rudolph --out /tmp/rudolph --parts labels \\",
      "      --labels 600,all --limit 3000,1000 --epochs 2",
    })
public final class RudolphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "experiments/rudolph", description = "Experiment folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--parts", split = ",", paramLabel = "PART", defaultValue = "labels,seeds,confidence,gamma,guided,views,fashion,synthetic",
      description = "Parts to run. Default: ${DEFAULT-VALUE}.")
  List<String> parts;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "20", description = "Epochs of every ae and sae run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--classifier-epochs", paramLabel = "N", defaultValue = "30",
      description = "Least epochs of a classifier baseline (it keeps its best epoch on the validation labels). Default: ${DEFAULT-VALUE}.")
  int classifierEpochs;

  @Option(names = "--classifier-steps", paramLabel = "N", defaultValue = "5000",
      description = "Least optimizer steps of a classifier baseline: few labels get more epochs. Default: ${DEFAULT-VALUE}.")
  int classifierSteps;

  @Option(names = "--labels", split = ",", paramLabel = "N|all", defaultValue = "600,1000,3000,6000,all",
      description = "Label counts of the label sweep. Default: ${DEFAULT-VALUE}.")
  List<String> labels;

  @Option(names = "--gamma", paramLabel = "G", defaultValue = "0.5", description = "sae gamma on MNIST (labels, guided, views). Default: ${DEFAULT-VALUE}.")
  double gamma;

  @Option(names = "--gammas", split = ",", paramLabel = "G", defaultValue = "0,0.25,0.5,0.75,0.9,1", description = "Gamma sweep values. Default: ${DEFAULT-VALUE}.")
  List<Double> gammas;

  @Option(names = "--gamma-labels", paramLabel = "N", defaultValue = "6000", description = "Labels of the gamma sweep and views. Default: ${DEFAULT-VALUE}.")
  String gammaLabels;

  @Option(names = "--guided-start", paramLabel = "N", defaultValue = "600", description = "Labels before guided labelling. Default: ${DEFAULT-VALUE}.")
  String guidedStart;

  @Option(names = "--guided-add", paramLabel = "N", defaultValue = "100", description = "Labels revealed by guided or random choice. Default: ${DEFAULT-VALUE}.")
  int guidedAdd;

  @Option(names = "--guided-epochs", paramLabel = "N", defaultValue = "10", description = "Epochs trained after revealing them. Default: ${DEFAULT-VALUE}.")
  int guidedEpochs;

  @Option(names = "--guided-seeds", split = ",", paramLabel = "SEED", defaultValue = "1,2,3", description = "Seeds of the guided-labelling runs. Default: ${DEFAULT-VALUE}.")
  List<Long> guidedSeeds;

  @Option(names = "--seeds", split = ",", paramLabel = "SEED", defaultValue = "1,2,3", description = "Seeds of the seeds part. Default: ${DEFAULT-VALUE}.")
  List<Long> seeds;

  @Option(names = "--fashion-labels", paramLabel = "N", defaultValue = "6000", description = "Labels of the Fashion-MNIST rows. Default: ${DEFAULT-VALUE}.")
  String fashionLabels;

  @Option(names = "--fashion-gamma", paramLabel = "G", defaultValue = "0.75",
      description = "sae gamma on Fashion-MNIST (the paper's best, Fig. 11). Default: ${DEFAULT-VALUE}.")
  double fashionGamma;

  @Option(names = "--synthetic-labels", paramLabel = "N", defaultValue = "1000", description = "Labels of the synthetic row. Default: ${DEFAULT-VALUE}.")
  String syntheticLabels;

  @Option(names = "--synthetic-epochs", paramLabel = "N", defaultValue = "100",
      description = "Epochs of the synthetic ae and sae runs (6,000 samples: 100 epochs are about the classifier's step budget). Default: ${DEFAULT-VALUE}.")
  int syntheticEpochs;

  @Option(names = "--synthetic-gamma", paramLabel = "G", defaultValue = "0.5",
      description = "sae gamma on the synthetic vectors (the paper's vector data needed ~0.004 with its losses). Default: ${DEFAULT-VALUE}.")
  double syntheticGamma;

  @Option(names = "--view-points", paramLabel = "N", defaultValue = "2000", description = "Test samples per latent view. Default: ${DEFAULT-VALUE}.")
  int viewPoints;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", description = "Use only the first samples of each dataset (smoke runs). Default: all.")
  String limit;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of every run but the guided-labelling seeds. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--weighting", paramLabel = "W", defaultValue = "batch-means",
      description = "Loss weighting of every sae run: batch-means (each term the mean over its own samples of the batch) or eq3 (paper 001's"
          + " Eq. 3 per sample; unlabelled samples reconstruction only). The same gamma is a much weaker structure term under eq3;"
          + " eq3 runs are named -weq3, so both weightings can share one experiment folder and its ae and classifier runs."
          + " Default: ${DEFAULT-VALUE}.")
  String weighting;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    RudolphOptions options = new RudolphOptions(out, parts, epochs, classifierEpochs, classifierSteps, labels, gamma, gammas, gammaLabels,
        guidedStart, guidedAdd, guidedEpochs, guidedSeeds, seeds, fashionLabels, fashionGamma, syntheticLabels, syntheticEpochs, syntheticGamma,
        viewPoints,
        SampleLimit.parse(limit), seed, weighting);
    RudolphResult r = new RudolphExperiment(common.services(console), ExperimentArgs.of(console))
        .run(options, ExperimentArgs.arguments(spec));
    console.printf("%nwrote %s and %s (%.1f min)%n", r.report(), r.results(), r.minutes());
    return 0;
  }
}
