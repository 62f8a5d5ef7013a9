package io.sae.lab.experiment.gabdullin;

import io.sae.runtime.run.RunLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.data.io.AtomicFiles;
import io.sae.lab.experiment.ExperimentRuns;
import io.sae.lab.experiment.RunMetrics;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.train.Training;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Paper 003 (latent space configuration) on a class subset with a 2-D latent. For each seed, {@code geometric}
 * (CE + k_g L_G), the CE-only control ({@code geometric} with {@code weight=0}: same network and head) and
 * {@code polar}; then the share of points in their configured cluster, the seed-to-seed spread of the class means,
 * nearest-centre against head accuracy, retrieval precision@10, similarity of a held-out class, prohibited points
 * of {@code polar}, and latent scatter plots. Writes {@code gabdullin.md} and {@code results.json}; started again
 * on the same folder, it reuses the finished runs.
 */
public final class GabdullinExperiment {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ROWS = List.of("geometric", "ce-only", "polar");

  private final SaeRuntime runtime;
  private final Consumer<String> console;

  /**
   * @param runtime methods, datasets and trainer of every run
   * @param console receives progress lines (runs started, reused and finished, each run's headline numbers)
   */
  public GabdullinExperiment(SaeRuntime runtime, Consumer<String> console) {
    this.runtime = runtime;
    this.console = console;
  }

  /** Runs the experiment; the report names the equivalent {@code sae experiment gabdullin} command. */
  public GabdullinResult run(GabdullinOptions options) throws IOException {
    return run(options, "sae experiment gabdullin " + String.join(" ", options.arguments()));
  }

  /**
   * Runs the experiment.
   *
   * @param command the command line the report and results.json say made it
   */
  public GabdullinResult run(GabdullinOptions o, String command) throws IOException {
    // one writer per experiment folder: a second start of the same experiment is refused, naming the first
    try (RunLock lock = RunLock.experiment(o.out())) {
      return runLocked(o, command);
    }
  }

  private GabdullinResult runLocked(GabdullinOptions o, String command) throws IOException {
    Path out = o.out();
    Files.createDirectories(out);
    Files.deleteIfExists(out.resolve("gabdullin.md"));
    Files.deleteIfExists(out.resolve("results.json"));
    String key = o.dataset().replaceAll("[^A-Za-z0-9-]", "_") + "-" + o.classes().stream().map(String::valueOf).collect(Collectors.joining("-"))
        + "-h" + o.heldOut() + "-n" + o.perClass();
    GabdullinData data = GabdullinData.write(runtime, out.resolve("data-" + key), o.dataset(), o.classes(), o.heldOut(), o.perClass());
    ExperimentRuns runs = new ExperimentRuns(out, runtime, SampleLimit.NONE, console);
    long t0 = System.nanoTime();

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("command", command);
    results.put("classes", data.classNames());
    results.put("held_out", data.heldOutName());
    Map<String, double[][][]> meansBySeed = new LinkedHashMap<>();
    Map<String, List<Map<String, Object>>> perRun = new LinkedHashMap<>();
    for (String row : ROWS) {
      meansBySeed.put(row, new double[o.seeds()][][]);
      perRun.put(row, new ArrayList<>());
    }
    Path plots = out.resolve("plots");
    Files.createDirectories(plots);
    for (int s = 1; s <= o.seeds(); s++) {
      for (String row : ROWS) {
        String name = row + "-seed" + s;
        RunMetrics metrics = runs.trainAndEvaluate(name, training(o, data, row, s));
        Map<String, Object> m = RunMeasures.measure(runtime, runs.runPath(name), row, data, metrics, meansBySeed.get(row), s - 1,
            plots.resolve(name + ".png"));
        m.put("run", name);
        perRun.get(row).add(m);
        console.accept(String.format(Locale.ROOT, "  %s: head test error %s, in cluster (test) %s, prohibited (test) %s", name,
            m.get("head_test_error"), m.getOrDefault("test_inside_share", "-"), m.getOrDefault("test_prohibited", "-")));
      }
    }
    results.put("runs", perRun);
    Map<String, double[]> spread = new LinkedHashMap<>();
    if (o.seeds() > 1) {
      for (String row : meansBySeed.keySet()) {
        spread.put(row, LatentMeasures.seedSpread(meansBySeed.get(row)));
      }
    }
    results.put("class_mean_seed_spread", spread);
    double minutes = (System.nanoTime() - t0) / 60e9;
    double trainingMinutes = runs.trainingSeconds() / 60; // of every run used, reused ones included
    results.put("minutes", minutes);
    results.put("training_minutes", trainingMinutes);
    AtomicFiles.write(out.resolve("results.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(results));
    AtomicFiles.write(out.resolve("gabdullin.md"), GabdullinReport.markdown(results, perRun, spread, data).getBytes(StandardCharsets.UTF_8));
    return new GabdullinResult(out.resolve("gabdullin.md"), out.resolve("results.json"), perRun, spread, minutes, trainingMinutes);
  }

  /** Row {@code row}'s run for seed {@code seed}: the same network, data and epochs in every row. */
  private static Training training(GabdullinOptions o, GabdullinData data, String row, int seed) {
    Training t = Training.of(row.equals("polar") ? "polar" : "geometric").dataset(data.spec()).latent(2).architecture(o.arch())
        .epochs(o.epochs()).seed(seed).validation(0);
    return switch (row) {
      case "geometric" -> t.withOptions(o.geometricOptions());
      case "ce-only" -> {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("weight", "0");
        o.geometricOptions().forEach((k, v) -> {
          if (!k.equals("weight")) {
            options.put(k, v);
          }
        });
        yield t.withOptions(options);
      }
      default -> t;
    };
  }
}
