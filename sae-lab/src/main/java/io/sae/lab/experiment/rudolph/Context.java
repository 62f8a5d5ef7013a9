package io.sae.lab.experiment.rudolph;

import io.sae.data.LabelSelection;
import io.sae.lab.experiment.ExperimentRuns;
import io.sae.lab.experiment.LatentSvm;
import io.sae.lab.experiment.RunMetrics;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What every part of the experiment shares: where runs go, the runtime, the scale and the seed.
 *
 * @param dir experiment folder
 * @param runs the sub-run runner
 * @param services registries and data access
 * @param scale epochs and data limits
 * @param seed base seed
 * @param weighting the loss weighting of every sae run
 */
record Context(Path dir, ExperimentRuns runs, SaeRuntime services, Scale scale, long seed, String weighting) {

  /**
   * How much an experiment trains.
   *
   * @param epochs epochs of every autoencoder (ae, sae)
   * @param classifierEpochs least epochs of a classifier baseline
   * @param classifierSteps least optimizer steps of a classifier baseline (small label sets need many epochs)
   * @param trainLimit first training samples used (0: all)
   * @param testLimit first test samples used (0: all)
   */
  record Scale(int epochs, int classifierEpochs, int classifierSteps, int trainLimit, int testLimit) {
    static final int BATCH = 128;
    static final double VALIDATION = 0.1;

    /** Epochs for a classifier on {@code labels} visible labels of {@code trainSize} samples: enough epochs and enough steps. */
    int classifierEpochs(String labels, int trainSize) {
      int visible = labels.equals("all") ? trainSize : Math.min(trainSize, Integer.parseInt(labels));
      double trained = Math.max(1, Math.round(visible * (1 - VALIDATION)));
      int forSteps = (int) Math.ceil(classifierSteps * (double) BATCH / trained);
      return Math.max(classifierEpochs, forSteps);
    }
  }

  /** Trains and evaluates {@code r} (or reuses it), returning its metrics. */
  RunMetrics run(Recipe r) throws IOException {
    return runs.trainAndEvaluate(r.name(), r.training());
  }

  /** The suffix of the report and plot names of this experiment's weighting (see {@link RudolphOptions#fileSuffix}). */
  String fileSuffix() {
    return RudolphOptions.fileSuffix(weighting);
  }

  /** The sae run of {@code data} with {@code labels} labels, seed {@code seed} and {@code gamma}, with the experiment's weighting and epochs. */
  Recipe sae(Recipe.Data data, String labels, long seed, double gamma) {
    return Recipe.of("sae", data, labels, scale.epochs(), seed).withGamma(gamma).withWeighting(weighting);
  }

  /** The classifier baseline for {@code data} with {@code labels} labels, trained with the classifier budget. */
  Recipe classifier(Recipe.Data data, String labels, int trainSize) {
    return Recipe.of("classifier", data, labels, scale.classifierEpochs(labels, trainSize), seed);
  }

  /** The plain autoencoder of {@code data}'s dataset ({@link #unsupervised} with {@code ae}). */
  Recipe autoencoder(Recipe.Data data) {
    return unsupervised("ae", data);
  }

  /**
   * The run of the label-free {@code method} (ae, aae, vae) on {@code data}'s dataset: trained without grouping or
   * labels, so every grouping of the dataset shares it.
   */
  Recipe unsupervised(String method, Recipe.Data data) {
    return Recipe.of(method, new Recipe.Data(data.dataset(), null, data.dataset(), data.arch(), data.latent()), "all", scale.epochs(), seed);
  }

  /**
   * The paired control of the sae run with {@code labels} labels: the same samples, seed and epochs at gamma 0, so
   * the reconstruction term alone. At gamma 0 both weightings train plain reconstruction of every sample, so the
   * control keeps the default weighting's name and both weightings share it.
   */
  Recipe pairedControl(Recipe.Data data, String labels) {
    return Recipe.of("sae", data, labels, scale.epochs(), seed).withGamma(0);
  }

  /**
   * Linear-SVM test error on the latents of the autoencoder run {@code ae}, fitted on the labels a run on
   * {@code data} with {@code labels} visible labels sees (same grouping, selection and seed).
   */
  double svmError(Recipe ae, Recipe.Data data, String labels) throws IOException {
    try (OpenRun run = OpenRun.open(services, runs.runPath(ae.name()))) {
      int n = labels.equals("all") ? LabelSelection.ALL : Integer.parseInt(labels);
      DataRequest request = new DataRequest(data.dataset(), data.grouping(), n, Scale.VALIDATION, ae.seed(), scale.trainLimit(), scale.testLimit(),
          List.of());
      return LatentSvm.testError(services, run, request);
    }
  }

  static String pct(double error) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * error);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
