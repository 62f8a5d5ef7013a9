package io.sae.lab.experiment.wang;

import io.sae.runtime.run.RunLock;
import io.sae.lab.sample.SampleGrid;
import io.sae.lab.sample.SampleOptions;
import io.sae.lab.sample.SampleResult;
import io.sae.data.LabelSelection;
import io.sae.lab.experiment.ExperimentRuns;
import io.sae.lab.experiment.LatentViews;
import io.sae.lab.experiment.RunMetrics;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.train.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Paper 004 (Wang, Blair and Belkhale): vae, beta-vae, cvae, lambda-hot-vae and kmeans-vae on each dataset, all with
 * the same body, latent size and epochs and every label visible, plus a real-data classifier that labels the
 * class-conditional samples. Writes {@code wang.md}, {@code results.json}, sample grids and latent views; every run
 * is an ordinary run folder under {@code OUT/runs}, reused when started again.
 */
public final class WangExperiment {
  /** The methods compared, in the order of the paper's Table 1. */
  public static final List<String> METHODS = List.of("vae", "beta-vae", "cvae", "lambda-hot-vae", "kmeans-vae");
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

  private final SaeRuntime runtime;
  private final Consumer<String> console;

  /**
   * @param runtime methods, datasets and trainer of every run
   * @param console receives progress lines (datasets, runs started, reused and finished)
   */
  public WangExperiment(SaeRuntime runtime, Consumer<String> console) {
    this.runtime = runtime;
    this.console = console;
  }

  /** Runs the experiment; the report names {@code options.arguments()} as the command that made it. */
  public WangResult run(WangOptions options) throws IOException {
    return run(options, String.join(" ", options.arguments()));
  }

  /**
   * Runs the experiment.
   *
   * @param arguments the {@code sae experiment wang} arguments the report says made it (as the user typed them)
   */
  public WangResult run(WangOptions o, String arguments) throws IOException {
    // one writer per experiment folder: a second start of the same experiment is refused, naming the first
    try (RunLock lock = RunLock.experiment(o.out())) {
      return runLocked(o, arguments);
    }
  }

  private WangResult runLocked(WangOptions o, String arguments) throws IOException {
    Path out = o.out();
    Files.createDirectories(out);
    Files.deleteIfExists(out.resolve("wang.md"));
    Files.deleteIfExists(out.resolve("results.json"));
    ExperimentRuns runs = new ExperimentRuns(out, runtime, o.limit(), console);
    long t0 = System.nanoTime();
    List<WangResults.DatasetResult> results = new ArrayList<>();
    for (String dataset : o.datasets()) {
      console.accept("");
      console.accept("== " + dataset + " ==");
      results.add(dataset(o, runs, dataset));
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    double trainingMinutes = runs.trainingSeconds() / 60;
    WangResults.write(out, arguments, results, runs.used().size(), trainingMinutes, o.checkSamples());
    return new WangResult(out.resolve("wang.md"), out.resolve("results.json"), results, runs.used().size(), trainingMinutes, minutes);
  }

  private WangResults.DatasetResult dataset(WangOptions o, ExperimentRuns runs, String dataset) throws IOException {
    Map<String, RunMetrics> metrics = new LinkedHashMap<>();
    for (String m : METHODS) {
      metrics.put(m, runs.trainAndEvaluate(dataset + "-" + m, Training.of(m).dataset(dataset).architecture(o.arch()).latent(o.latent())
          .epochs(o.epochs()).validation(0).seed(o.seed())));
    }
    String classifier = dataset + "-classifier";
    metrics.put("classifier", runs.trainAndEvaluate(classifier, Training.of("classifier").dataset(dataset).epochs(o.classifierEpochs())
        .seed(o.seed())));
    List<String> images = new ArrayList<>();
    for (String m : List.of("cvae", "lambda-hot-vae", "kmeans-vae", "vae")) {
      String png = dataset + "-" + m + "-samples.png";
      Path run = runs.runPath(dataset + "-" + m);
      runs.log().command(List.of("sample", run.toString(), "--count", String.valueOf(o.count()), "--seed", String.valueOf(o.seed()), "--out",
          o.out().resolve(png).toString()));
      SampleResult r = SampleGrid.draw(runtime, run, new SampleOptions(null, null, o.count(), o.seed(), o.out().resolve(png)));
      runs.log().line(String.format(java.util.Locale.ROOT, "wrote %s: %d x %d samples (%s), noise seed %d", r.png(), r.rows().size(), r.count(),
          r.description(), r.seed()));
      images.add(png);
    }
    Map<String, double[]> check = new LinkedHashMap<>();
    for (String m : List.of("lambda-hot-vae", "cvae")) {
      check.put(m, SampleCheck.classifiedAsRequested(runtime, runs.runPath(dataset + "-" + m), runs.runPath(classifier), o.checkSamples(),
          o.seed()));
    }
    DataRequest test = new DataRequest(dataset, null, LabelSelection.ALL, 0, o.seed(), o.limit().train(), o.limit().test(), List.of());
    List<String> views = new ArrayList<>();
    for (String m : VIEWED) {
      views.addAll(LatentViews.write(runtime, runs.runPath(dataset + "-" + m), test, o.out(), dataset + "-" + m,
          m + ", " + dataset + " test latents", o.viewPoints(), o.seed()));
    }
    return new WangResults.DatasetResult(dataset, metrics, check, images, views);
  }
}
