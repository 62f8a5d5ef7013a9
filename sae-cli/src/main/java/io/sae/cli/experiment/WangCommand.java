package io.sae.cli.experiment;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.data.LabelSelection;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.run.OpenRun;
import io.sae.lab.sample.PriorSamples;
import io.sae.eval.report.MarkdownReport;
import io.sae.eval.report.MetricsJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sae experiment wang}: paper 004's comparison of the VAE family on MNIST and Fashion-MNIST. */
@Command(name = "wang", mixinStandardHelpOptions = true,
    description = {
      "Paper 004 (Wang, Blair and Belkhale): vae, beta-vae, cvae, lambda-hot-vae and kmeans-vae on each dataset,",
      "all with the same body, latent size and epochs, every label visible.",
      "",
      "Measures: test reconstruction BCE per image (Table 1); the argmax-of-the-first-K accuracy of lambda-hot-vae;",
      "the cluster-majority accuracy of kmeans-vae; a linear SVM on every method's latent means; how many",
      "class-conditional samples of lambda-hot-vae and cvae a classifier trained on real data assigns to the",
      "requested class; sample grids (Figs. 4-6) and PCA / t-SNE views of the test latents (Figs. 2-3).",
      "",
      "Writes OUT/wang.md, OUT/results.json and PNGs; every run is a normal run folder under OUT/runs and",
      "OUT/commands.txt lists the sae commands that made them. Started again, it reuses finished runs.",
      "",
      "Example (a smoke-sized run):",
      "  sae experiment wang --out /tmp/wang --datasets mnist --limit 3000,1000 --epochs 2 --classifier-epochs 1",
    })
public final class WangCommand implements Callable<Integer> {
  /** The methods compared, in the order of the paper's Table 1. */
  static final List<String> METHODS = List.of("vae", "beta-vae", "cvae", "lambda-hot-vae", "kmeans-vae");
  /** The methods whose latent space the paper plots (Figs. 2-3); cvae's latents need the label fed in. */
  static final List<String> VIEWED = List.of("vae", "beta-vae", "lambda-hot-vae", "kmeans-vae");
  /** Paper 004, Table 1: reconstruction loss (BCE) per method on MNIST and Fashion-MNIST. */
  static final Map<String, double[]> PAPER_BCE = Map.of(
      "vae", new double[] {80.97, 228.87}, "beta-vae", new double[] {120.76, 250.37}, "cvae", new double[] {80.15, 228.14},
      "lambda-hot-vae", new double[] {79.92, 227.39}, "kmeans-vae", new double[] {77.59, 225.68});
  /** Paper 004, section 5.1: argmax accuracy of lambda-hot-vae on MNIST and Fashion-MNIST (the goals). */
  static final double[] PAPER_ARGMAX = {0.919, 0.8127};
  /** The goal: share of class-conditional samples a real-data classifier assigns to the requested class. */
  static final double SAMPLE_GOAL = 0.90;

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
    validate();
    SaeRuntime services = common.services(console);
    SampleLimit limits = SampleLimit.parse(limit);
    List<String> trainArgs = limit == null ? List.of() : List.of("--limit", limit);
    List<String> everyArgs = common.forwardedOptions();
    Files.createDirectories(out);
    Files.deleteIfExists(out.resolve("wang.md"));
    Files.deleteIfExists(out.resolve("results.json"));
    SubRuns runs = new SubRuns(out, trainArgs, everyArgs, console);
    long t0 = System.nanoTime();
    List<WangResults.DatasetResult> results = new ArrayList<>();
    for (String dataset : datasets) {
      console.printf("%n== %s ==%n", dataset);
      console.flush();
      Map<String, Map<String, Object>> metrics = new LinkedHashMap<>();
      for (String m : METHODS) {
        metrics.put(m, runs.trainAndEvaluate(dataset + "-" + m, List.of("--dataset", dataset, "--method", m, "--arch", arch,
            "--latent", String.valueOf(latent), "--epochs", String.valueOf(epochs), "--validation", "0", "--seed", String.valueOf(seed))));
      }
      String classifier = dataset + "-classifier";
      metrics.put("classifier", runs.trainAndEvaluate(classifier, List.of("--dataset", dataset, "--method", "classifier",
          "--epochs", String.valueOf(classifierEpochs), "--seed", String.valueOf(seed))));
      List<String> images = new ArrayList<>();
      for (String m : List.of("cvae", "lambda-hot-vae", "kmeans-vae", "vae")) {
        String png = dataset + "-" + m + "-samples.png";
        runs.run(List.of("sample", runs.runPath(dataset + "-" + m).toString(), "--count", String.valueOf(count), "--seed",
            String.valueOf(seed), "--out", out.resolve(png).toString()));
        images.add(png);
      }
      Map<String, double[]> check = new LinkedHashMap<>();
      for (String m : List.of("lambda-hot-vae", "cvae")) {
        check.put(m, classifiedAsRequested(services, runs.runPath(dataset + "-" + m), runs.runPath(classifier)));
      }
      DataRequest test = new DataRequest(dataset, null, LabelSelection.ALL, 0, seed, limits.train(), limits.test(), List.of());
      List<String> views = new ArrayList<>();
      for (String m : VIEWED) {
        views.addAll(LatentViews.write(services, runs.runPath(dataset + "-" + m), test, out, dataset + "-" + m,
            m + ", " + dataset + " test latents", viewPoints, seed));
      }
      results.add(new WangResults.DatasetResult(dataset, metrics, check, images, views));
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    WangResults.write(out, originalArgs(), results, runs.used().size(), runs.trainingSeconds() / 60, checkSamples);
    console.printf("%nwrote %s and %s (%.1f min)%n", out.resolve("wang.md"), out.resolve("results.json"), minutes);
    return 0;
  }

  /**
   * Per class, the share of {@link #checkSamples} class-conditional samples of a run that the classifier run assigns
   * to the requested class; the last entry is the share over all classes.
   */
  private double[] classifiedAsRequested(SaeRuntime services, Path sampled, Path classifier) throws Exception {
    try (OpenRun gen = OpenRun.open(services, sampled); OpenRun cls = OpenRun.open(services, classifier)) {
      PriorSamples prior = new PriorSamples(gen, services);
      int classes = prior.components(PriorSamples.Select.CLASS);
      double[] share = new double[classes + 1];
      int hits = 0;
      for (int c = 0; c < classes; c++) {
        FloatMatrix x = prior.draw(PriorSamples.Select.CLASS, c, checkSamples, seed + 7919L * (c + 1));
        FloatMatrix p = cls.model().classProbabilities(x);
        int ok = 0;
        for (int i = 0; i < p.rows(); i++) {
          int best = 0;
          for (int k = 1; k < p.cols(); k++) {
            if (p.get(i, k) > p.get(i, best)) {
              best = k;
            }
          }
          ok += best == c ? 1 : 0;
        }
        share[c] = ok / (double) checkSamples;
        hits += ok;
      }
      share[classes] = hits / (double) (classes * checkSamples);
      return share;
    }
  }

  private String originalArgs() {
    List<String> args = new ArrayList<>();
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    List<String> original = all.subList(all.indexOf(spec.name()) + 1, all.size());
    for (int i = 0; i < original.size(); i++) {
      if (original.get(i).equals("--cache-dir")) {
        i++; // a machine's cache folder says nothing about the experiment
      } else if (!original.get(i).startsWith("--cache-dir=")) {
        args.add(original.get(i));
      }
    }
    return String.join(" ", args);
  }

  private void validate() {
    for (String d : datasets) {
      if (!d.equals("mnist") && !d.equals("fashion-mnist")) {
        throw new InvalidInputException("--datasets takes mnist and fashion-mnist (the paper's), got '" + d + "'");
      }
    }
    if (epochs < 1 || classifierEpochs < 1 || checkSamples < 1 || count < 1 || latent < 10 || viewPoints < 100) {
      throw new InvalidInputException("--epochs, --classifier-epochs, --check-samples and --count must be positive, --latent at least 10"
          + " (one dimension per class first) and --view-points at least 100");
    }
  }
}
