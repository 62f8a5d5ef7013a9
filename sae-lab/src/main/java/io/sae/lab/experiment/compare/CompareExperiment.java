package io.sae.lab.experiment.compare;

import io.sae.api.InvalidInputException;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.StructuringMethod;
import io.sae.lab.cluster.ClusterOptions;
import io.sae.lab.cluster.ClusterResult;
import io.sae.lab.cluster.Clustering;
import io.sae.lab.experiment.ExperimentRuns;
import io.sae.lab.experiment.LatentSvm;
import io.sae.lab.experiment.RunMetrics;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunLock;
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
 * Every registered method (built-ins and plugins) on MNIST and Fashion-MNIST with the same network, latent size and
 * epochs: linear-SVM test error at each visible-label count, k-means ACC / NMI on the test latents, reconstruction
 * RMSE, test BCE of the runs trained on BCE, and training time, per seed. A method that refuses the shared setting
 * (say, one that needs a 2-D latent or every label) is reported with its own message, not left out silently. Every
 * run is an ordinary run folder under {@code OUT/runs}, reused when started again.
 */
public final class CompareExperiment {
  /** Share of the visible labels held out for validation, as in every other experiment. */
  static final double VALIDATION = 0.1;

  private final SaeRuntime runtime;
  private final Consumer<String> console;

  /**
   * @param runtime methods, datasets and trainer of every run
   * @param console receives progress lines (datasets, methods, runs started, reused and finished)
   */
  public CompareExperiment(SaeRuntime runtime, Consumer<String> console) {
    this.runtime = runtime;
    this.console = console;
  }

  /** Runs the experiment; the report names {@code options.arguments()} as the command that made it. */
  public CompareResult run(CompareOptions options) throws IOException {
    return run(options, String.join(" ", options.arguments()));
  }

  /**
   * Runs the experiment.
   *
   * @param arguments the {@code sae experiment compare} arguments the report says made it (as the user typed them)
   * @throws InvalidInputException naming an unknown method, a {@code --set} option the method does not take, or a label
 *     count above a dataset's training samples
   */
  public CompareResult run(CompareOptions o, String arguments) throws IOException {
    List<String> methods = o.methods().isEmpty() ? List.copyOf(runtime.methods().keySet()) : o.methods();
    for (String m : methods) {
      runtime.method(m); // unknown names fail here, before any training, with the registry's list
    }
    // a misspelt --set must fail as the user's error, not pass for the method refusing the comparison
    o.settings().forEach((m, set) -> new MethodOptions(m, runtime.method(m).options(), set));
    for (String dataset : o.datasets()) {
      // the data and the largest label count are checked once, so that they cannot pass for every method refusing
      new DataRequest(dataset, null, o.labels().getLast(), VALIDATION, o.seeds().getFirst(), o.limit().train(), o.limit().test(), List.of())
          .prepare(runtime);
    }
    try (RunLock lock = RunLock.experiment(o.out())) {
      return runLocked(o, methods, arguments);
    }
  }

  private CompareResult runLocked(CompareOptions o, List<String> methods, String arguments) throws IOException {
    Path out = o.out();
    Files.createDirectories(out);
    // a report of an earlier invocation must not pass for this one's if this one fails part-way
    Files.deleteIfExists(out.resolve(CompareReport.REPORT));
    Files.deleteIfExists(out.resolve(CompareReport.RESULTS));
    ExperimentRuns runs = new ExperimentRuns(out, runtime, o.limit(), console);
    long t0 = System.nanoTime();
    Map<String, List<MethodResult>> results = new LinkedHashMap<>();
    for (String dataset : o.datasets()) {
      console.accept("");
      console.accept("== " + dataset + " ==");
      List<MethodResult> rows = new ArrayList<>();
      for (String m : methods) {
        rows.add(method(o, runs, dataset, m));
      }
      results.put(dataset, rows);
    }
    double trainingMinutes = runs.trainingSeconds() / 60;
    CompareReport.write(o, arguments, results, runs.used().size(), trainingMinutes);
    return new CompareResult(out.resolve(CompareReport.REPORT), out.resolve(CompareReport.RESULTS), results, runs.used().size(), trainingMinutes,
        (System.nanoTime() - t0) / 60e9);
  }

  private MethodResult method(CompareOptions o, ExperimentRuns runs, String dataset, String method) throws IOException {
    StructuringMethod m = runtime.method(method);
    List<SeedMeasures> seeds = new ArrayList<>();
    for (long seed : o.seeds()) {
      try {
        seeds.add(m.needsLabels() ? labelled(o, runs, dataset, method, seed) : labelFree(o, runs, dataset, method, seed));
      } catch (InvalidInputException e) {
        if (!seeds.isEmpty()) {
          throw e; // a seed after one that trained: not the setting, so not a refusal
        }
        // the setting is refused for every seed alike: say why once and go on with the next method
        String reason = e.getCause() instanceof InvalidInputException cause ? cause.getMessage() : e.getMessage();
        console.accept("  " + method + " refused this comparison's setting: " + reason);
        return new MethodResult(method, m.needsLabels(), List.of(), reason);
      }
    }
    return new MethodResult(method, m.needsLabels(), seeds, null);
  }

  /** A method that trains on labels: one run per label count; clustering and reconstruction from the most labelled. */
  private SeedMeasures labelled(CompareOptions o, ExperimentRuns runs, String dataset, String method, long seed) throws IOException {
    Map<Integer, Double> svm = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    RunMetrics last = null;
    for (int labels : o.labels()) {
      String name = String.format(java.util.Locale.ROOT, "%s-%s-L%d-s%d", dataset, method, labels, seed);
      last = runs.trainAndEvaluate(name, training(o, dataset, method, seed).labels(labels));
      svm.put(labels, last.svmTestError());
      names.add(name);
    }
    try (OpenRun run = OpenRun.open(runtime, runs.runPath(names.getLast()))) {
      return measures(run, last, seed, names, svm);
    }
  }

  /** A method that needs no labels: one run; the SVM is fitted on the labels each count makes visible. */
  private SeedMeasures labelFree(CompareOptions o, ExperimentRuns runs, String dataset, String method, long seed) throws IOException {
    String name = String.format(java.util.Locale.ROOT, "%s-%s-s%d", dataset, method, seed);
    RunMetrics metrics = runs.trainAndEvaluate(name, training(o, dataset, method, seed));
    Map<Integer, Double> svm = new LinkedHashMap<>();
    try (OpenRun run = OpenRun.open(runtime, runs.runPath(name))) {
      for (int labels : o.labels()) {
        DataRequest request = new DataRequest(dataset, null, labels, VALIDATION, seed, o.limit().train(), o.limit().test(), List.of());
        svm.put(labels, LatentSvm.testError(runtime, run, request));
      }
      return measures(run, metrics, seed, List.of(name), svm);
    }
  }

  private Training training(CompareOptions o, String dataset, String method, long seed) {
    Training t = Training.of(method).dataset(dataset).architecture(o.arch()).latent(o.latent()).epochs(o.epochs()).seed(seed);
    for (Map.Entry<String, String> e : o.settings().getOrDefault(method, Map.of()).entrySet()) {
      t = t.set(e.getKey(), e.getValue());
    }
    return t;
  }

  /** The clustering, reconstruction and time numbers of {@code run} (whose metrics.json is {@code metrics}), with the SVM errors. */
  private SeedMeasures measures(OpenRun run, RunMetrics metrics, long seed, List<String> names, Map<Integer, Double> svm) throws IOException {
    ClusterResult k = Clustering.run(run, run.config().prepareData(runtime), ClusterOptions.DEFAULTS.withSeed(seed));
    Double rmse = metrics.values().get("test_reconstruction_rmse") instanceof Number n ? n.doubleValue() : null;
    return new SeedMeasures(seed, names, svm, k.accuracy(), k.nmi(), rmse, trainedOnBce(metrics)
        ? metrics.number("test_reconstruction_bce") : null, metrics.trainingSeconds());
  }

  /** Whether the run's loss had a BCE reconstruction term: only then is its test BCE the number it minimised. */
  static boolean trainedOnBce(RunMetrics metrics) {
    return metrics.values().get("training") instanceof Map<?, ?> training && training.get("final") instanceof Map<?, ?> terms
        && terms.keySet().stream().anyMatch(key -> String.valueOf(key).equals("reconstruction-bce"));
  }
}
