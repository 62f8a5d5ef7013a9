package io.sae.lab;

import io.sae.api.training.TrainingListener;
import io.sae.lab.experiment.gabdullin.GabdullinExperiment;
import io.sae.lab.experiment.gabdullin.GabdullinOptions;
import io.sae.lab.experiment.gabdullin.GabdullinResult;
import io.sae.lab.experiment.nousi.ExperimentConsole;
import io.sae.lab.experiment.nousi.NousiClassification;
import io.sae.lab.experiment.nousi.NousiClassificationOptions;
import io.sae.lab.experiment.nousi.NousiClassificationResult;
import io.sae.lab.experiment.nousi.NousiClustering;
import io.sae.lab.experiment.nousi.NousiClusteringOptions;
import io.sae.lab.experiment.nousi.NousiClusteringResult;
import io.sae.lab.experiment.rudolph.RudolphExperiment;
import io.sae.lab.experiment.rudolph.RudolphOptions;
import io.sae.lab.experiment.rudolph.RudolphResult;
import io.sae.lab.experiment.wang.WangExperiment;
import io.sae.lab.experiment.compare.CompareExperiment;
import io.sae.lab.experiment.compare.CompareOptions;
import io.sae.lab.experiment.compare.CompareResult;
import io.sae.lab.experiment.wang.WangOptions;
import io.sae.lab.experiment.wang.WangResult;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.train.Resume;
import io.sae.runtime.train.RunTrainer;
import io.sae.runtime.train.Training;
import io.sae.runtime.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entry point of the Java API: the plugins (methods, datasets, loss terms) and the dataset cache, with
 * training, evaluation and the experiments on top. One per program is enough; it is safe to share.
 *
 * <pre>{@code
 * try (Sae sae = Sae.open()) {
 *   InMemoryDataset data = InMemoryDataset.of("digits", x, labels, new int[] {784}, classNames).withTest(xt, yt);
 *   try (TrainedRun run = sae.train(Training.of("sae").dataset(data).labels(600).epochs(20).seed(1).into(dir))) {
 *     EvaluationResult r = run.evaluate();
 *     System.out.println(r.svmTestError());
 *     SaeModel model = run.model();
 *   }
 * }
 * }</pre>
 */
public final class Sae implements AutoCloseable {
  private final SaeRuntime runtime;

  private Sae(SaeRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * How to open the runtime.
   *
   * @param cacheDir where built-in datasets are fetched to and cached
   * @param plugins plugin folders or jars besides the classpath
   * @param log receives data messages (fetching, splits made) and the run summary of each training
   */
  public record Options(Path cacheDir, List<Path> plugins, Consumer<String> log) {
    /** Keeps an unmodifiable copy of the plugin entries. */
    public Options {
      plugins = List.copyOf(plugins);
    }

    /** The defaults: {@code $SAE_CACHE_DIR} or {@code ~/.cache/sae}, classpath plugins only, messages to stderr. */
    public static Options defaults() {
      return new Options(SaeRuntime.defaultCacheDir(), List.of(), System.err::println);
    }

    /** The same options with this dataset cache. */
    public Options cacheDir(Path dir) {
      return new Options(dir, plugins, log);
    }

    /** The same options with these plugin folders or jars. */
    public Options plugins(List<Path> entries) {
      return new Options(cacheDir, entries, log);
    }

    /** The same options with messages sent to {@code sink}. */
    public Options log(Consumer<String> sink) {
      return new Options(cacheDir, plugins, sink);
    }
  }

  /** Opens the library with the plugins on the classpath and the default dataset cache. */
  public static Sae open() {
    return open(Options.defaults());
  }

  /**
   * Opens the library with these options.
   *
   * @throws io.sae.api.InvalidInputException naming a missing plugin folder or a broken plugin jar
   */
  public static Sae open(Options options) {
    return new Sae(new SaeRuntime(options.cacheDir(), options.log(), options.plugins()));
  }

  /** Wraps a runtime the caller already has (the CLI does this). */
  public static Sae over(SaeRuntime runtime) {
    return new Sae(runtime);
  }

  /** The plugin runtime: registries of methods, datasets, groupings and loss builders. */
  public SaeRuntime runtime() {
    return runtime;
  }

  /**
   * Trains a new run into its folder and returns it, complete.
   *
   * @param listeners training callbacks (progress, metrics), called on the training thread
   * @throws io.sae.api.InvalidInputException on bad settings or data
   */
  public TrainedRun train(Training training, TrainingListener... listeners) throws IOException {
    TrainingResult r = new RunTrainer(runtime).train(training, List.of(listeners), log());
    return new TrainedRun(runtime, r.run().path(), r);
  }

  /** Continues an interrupted run from its last finished epoch and returns it, complete. */
  public TrainedRun resume(Resume resume, TrainingListener... listeners) throws IOException {
    TrainingResult r = new RunTrainer(runtime).resume(resume, List.of(listeners), log());
    return new TrainedRun(runtime, r.run().path(), r);
  }

  /**
   * A completed run folder, for evaluation or inference.
   *
   * @throws io.sae.api.InvalidInputException when the folder is no run or the run is not complete
   */
  public TrainedRun open(Path runFolder) throws IOException {
    io.sae.runtime.run.RunDirectory.open(runFolder).requireComplete();
    return new TrainedRun(runtime, runFolder, null);
  }

  /** Paper 001's experiments (label sweep, confidence, guided labelling, seeds, gamma, views); progress to the log. */
  public RudolphResult rudolph(RudolphOptions options) throws IOException {
    return new RudolphExperiment(runtime, log()).run(options);
  }

  /** Paper 002's clustering experiment (CCAE rows against their controls, stage by stage). */
  public NousiClusteringResult nousi(NousiClusteringOptions options) throws IOException {
    return NousiClustering.run(runtime, options, new ExperimentConsole(log(), "Sae.nousi(" + options + ")", cacheArgs()));
  }

  /** Paper 002's classification experiment (DAE rows, four classifiers, stage by stage). */
  public NousiClassificationResult nousiClassify(NousiClassificationOptions options) throws IOException {
    return NousiClassification.run(runtime, options,
        new ExperimentConsole(log(), "Sae.nousiClassify(" + options + ")", cacheArgs()));
  }

  /** Paper 003's experiment (configured clusters, held-out classes, similarity). */
  public GabdullinResult gabdullin(GabdullinOptions options) throws IOException {
    return new GabdullinExperiment(runtime, log()).run(options);
  }

  /** Paper 004's experiment (the VAE family: prior samples, classification, latent views). */
  public WangResult wang(WangOptions options) throws IOException {
    return new WangExperiment(runtime, log()).run(options);
  }

  /** Every registered method (plugins included) on the same data, network and budget, over seeds. */
  public CompareResult compare(CompareOptions options) throws IOException {
    return new CompareExperiment(runtime, log()).run(options);
  }

  /** What the recorded command lines need to find the same data. */
  private List<String> cacheArgs() {
    return List.of("--cache-dir", runtime.cacheDir().toString());
  }

  private Consumer<String> log() {
    return runtime.log();
  }

  /** Closes the plugin jars' class loader. Close the runs opened from here first: each owns its model. */
  @Override
  public void close() throws IOException {
    runtime.close();
  }
}
