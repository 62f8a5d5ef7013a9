package io.sae.lab.experiment.nousi;

import io.sae.runtime.run.RunLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.data.io.AtomicFiles;
import io.sae.api.training.TrainingListener;
import io.sae.lab.classify.Classification;
import io.sae.lab.classify.ClassifyOptions;
import io.sae.lab.classify.ClassifyResult;
import io.sae.lab.cluster.FeatureSpace;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Paper 002's classification tables (4-5) in spirit, on a small labelled set (the paper's faces are not
 * available): the four classifiers of {@link Classification} on the test latents of every row after its last
 * stage, and on the raw inputs ({@code pixels}), mean +- std over seeds. Each autoencoder trains T stages of E
 * epochs in one training (the {@code ae} row is the alpha = beta = 0 control). Writes {@code nousi-classify.md}
 * and {@code results.json}; each run folder keeps its result as {@code classify-test-kept.json}.
 */
public final class NousiClassification {
  /** Where the last stage's classification is kept in each run folder. */
  public static final String KEPT = "classify-test-kept.json";

  private NousiClassification() {}

  /**
   * Runs the experiment (or continues one started with the same settings in the same folder).
   *
   * @throws io.sae.api.InvalidInputException on bad settings, or when the folder was started with other settings
   */
  public static NousiClassificationResult run(SaeRuntime runtime, NousiClassificationOptions options, ExperimentConsole console) throws IOException {
    return run(runtime, options, console, List.of());
  }

  /** As {@link #run(SaeRuntime, NousiClassificationOptions, ExperimentConsole)}, with listeners added to every training (tests stop a run). */
  static NousiClassificationResult run(SaeRuntime runtime, NousiClassificationOptions o, ExperimentConsole console, List<TrainingListener> extra)
      throws IOException {
    // one writer per experiment folder: a second start of the same experiment is refused, naming the first
    try (RunLock lock = RunLock.experiment(o.out())) {
      return runLocked(runtime, o, console, extra);
    }
  }

  private static NousiClassificationResult runLocked(SaeRuntime runtime, NousiClassificationOptions o, ExperimentConsole console, List<TrainingListener> extra)
      throws IOException {
    StagedRecipe recipe = o.recipe();
    recipe.prepare(o.seeds(), o.out());
    Map<String, Map<String, double[]>> acc = new LinkedHashMap<>(); // row -> classifier -> per seed
    StagedRuns sae = new StagedRuns(runtime, o.out(), console, extra);
    long t0 = System.nanoTime();
    for (int s = 1; s <= o.seeds(); s++) {
      for (String m : o.methods()) {
        String name = m + "-seed" + s;
        Path run = sae.runPath(name);
        sae.trainInStages(name, recipe.training(m, s, run), recipe.schedule(), new StageWork() {
          @Override
          public boolean done(Path r, int t) {
            return t < o.stages() || Files.isRegularFile(r.resolve(KEPT)); // only the last stage is scored
          }

          @Override
          public List<String> command(Path r) {
            return List.of("classify", r.toString());
          }

          @Override
          public List<String> score(OpenRun r, PreparedData data, int t) throws IOException {
            ClassifyResult c = Classification.run(r, data, ClassifyOptions.DEFAULTS);
            AtomicFiles.write(r.dir().path().resolve(KEPT), Files.readAllBytes(c.file()));
            return c.summary();
          }
        });
        record(acc, m, s, o.seeds(), StagedRuns.readJson(run.resolve(KEPT)), console);
        if (m.equals(o.methods().get(0))) {
          ClassifyOptions pixels = ClassifyOptions.DEFAULTS.withOn(FeatureSpace.INPUTS);
          Map<String, Object> r = sae.probe(run, List.of("classify", run.toString(), "--on", "inputs"), "classify-test-inputs-kept.json",
              (open, data) -> {
                ClassifyResult c = Classification.run(open, data, pixels);
                return new StagedRuns.Probe.Scored(c.file(), c.summary());
              });
          record(acc, "pixels", s, o.seeds(), r, console);
        }
      }
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    String command = console.command();
    Path report = o.out().resolve("nousi-classify.md");
    AtomicFiles.write(report, NousiClassifyTable.markdown(acc, command, minutes).getBytes(StandardCharsets.UTF_8));
    Path results = o.out().resolve("results.json");
    AtomicFiles.write(results, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("command", command, "test_accuracy", acc)));
    return new NousiClassificationResult(acc, minutes, report, results);
  }

  /** Files one row's accuracies of one seed (as read back from the kept file) and prints them. */
  private static void record(Map<String, Map<String, double[]>> acc, String row, int seed, int seeds, Map<String, Object> json, ExperimentConsole console) {
    Map<String, double[]> byClassifier = acc.computeIfAbsent(row, r -> new LinkedHashMap<>());
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "seed %d %-7s", seed, row));
    if (!(json.get("test_accuracy") instanceof Map<?, ?> accuracies)) {
      throw new IllegalStateException("no test_accuracy in the classify output of " + row + " seed " + seed);
    }
    for (Map.Entry<?, ?> e : accuracies.entrySet()) {
      double v = ((Number) e.getValue()).doubleValue();
      byClassifier.computeIfAbsent((String) e.getKey(), k -> new double[seeds])[seed - 1] = v;
      line.append(String.format(Locale.ROOT, "  %s %.2f%%", e.getKey(), 100 * v));
    }
    console.print(line.toString());
  }
}
