package io.sae.cli.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.io.AtomicFiles;
import io.sae.cli.CommonOptions;
import io.sae.eval.metrics.MeanStd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sae experiment nousi-classify}: paper 002's classification tables (4-5) in spirit, on a small labelled
 * set (faces are not available): the four classifiers of {@code sae classify} on the test latents of AE,
 * dAE-1 and dAE-2 and on the raw inputs, mean +- std over seeds. Each autoencoder trains T stages of E epochs
 * (the AE row is the alpha = beta = 0 control). Writes {@code nousi-classify.md} and {@code results.json}.
 */
@Command(
    name = "nousi-classify",
    mixinStandardHelpOptions = true,
    description = {
      "Paper 002, Tables 4-5 in spirit: test accuracy of softmax regression, nearest centroid, kNN and an RBF SVM",
      "on the latents of AE, dAE-1 and dAE-2 and on the inputs, mean +- std over seeds.",
    })
public final class NousiClassifyExperiment implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--dataset", defaultValue = "fashion-mnist", description = "Dataset. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--methods", split = ",", defaultValue = "ae,dae-1,dae-2", description = "Autoencoder rows. Default: ${DEFAULT-VALUE}.")
  List<String> methods;

  @Option(names = "--seeds", defaultValue = "5", description = "Seeds 1..N per row. Default: ${DEFAULT-VALUE}.")
  int seeds;

  @Option(names = "--stages", defaultValue = "5", description = "T, training stages (stage 0 plain). Default: ${DEFAULT-VALUE}.")
  int stages;

  @Option(names = "--stage-epochs", defaultValue = "10", description = "E, epochs per stage. Default: ${DEFAULT-VALUE}.")
  int stageEpochs;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", defaultValue = "2000,2000",
      description = "The small labelled set: first samples only. Default: ${DEFAULT-VALUE}.")
  String limit;

  @Option(names = "--arch", defaultValue = "dense-linear", description = "Network. Default: ${DEFAULT-VALUE}.")
  String arch;

  @Mixin StagedTrainingOptions training;

  @Option(names = "--latent", defaultValue = "32", description = "Latent size d. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Option for every dAE row, e.g. alpha=0.5 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--out", required = true,
      description = "Experiment folder. Started again with the same settings, it reuses every finished run.")
  Path out;

  /** Where the last stage's {@code sae classify} result is kept in each run folder. */
  private static final String KEPT = "classify-test-kept.json";

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    StagedRecipe recipe = new StagedRecipe(dataset, arch, latent, stages, stageEpochs, limit, sets, training.batchSize, training.firstStageEpochs);
    recipe.prepare(seeds, out);
    Map<String, Map<String, double[]>> acc = new LinkedHashMap<>(); // row -> classifier -> per seed
    SubRuns sae = new SubRuns(out, List.of(), common.forwardedOptions(), log);
    long t0 = System.nanoTime();
    for (int s = 1; s <= seeds; s++) {
      for (String m : methods) {
        String name = m + "-seed" + s;
        sae.trainInStages(name, recipe.firstArgs(m, s), recipe.schedule(), new SubRuns.StageWork() {
          @Override
          public boolean done(Path run, int t) {
            return t < stages || Files.isRegularFile(run.resolve(KEPT));
          }

          @Override
          public void run(Path run, int t) throws IOException {
            if (t == stages) {
              sae.probe(run, "classify", List.of(), "classify-test.json", KEPT);
            }
          }
        });
        Path run = sae.runPath(name);
        record(acc, m, s, SubRuns.readMetrics(run.resolve(KEPT)), log);
        if (m.equals(methods.get(0))) {
          record(acc, "pixels", s, sae.probe(run, "classify", List.of("--on", "inputs"), "classify-test-inputs.json", "classify-test-inputs-kept.json"), log);
        }
      }
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    String command = "sae " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    AtomicFiles.write(out.resolve("nousi-classify.md"), markdown(acc, command, minutes).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(out.resolve("results.json"), new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(Map.of("command", command, "test_accuracy", acc)));
    log.printf("wrote %s and %s (%.1f min)%n", out.resolve("nousi-classify.md"), out.resolve("results.json"), minutes);
    return 0;
  }

  private void record(Map<String, Map<String, double[]>> acc, String row, int seed, Map<String, Object> json, PrintWriter log) {
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
    log.println(line);
    log.flush();
  }

  /** Rows by classifier columns, accuracies in percent as mean +- sample std over seeds. */
  static String markdown(Map<String, Map<String, double[]>> acc, String command, double minutes) {
    StringBuilder sb = new StringBuilder("# Paper 002, classification (Tables 4-5 in spirit) at this run's scale\n\n");
    sb.append("Command: `").append(command).append("` (").append(String.format(Locale.ROOT, "%.1f", minutes))
        .append(" min in this start; stages finished by an earlier start are reused, not timed).\n");
    sb.append("Test accuracy in %, mean +- sample std over seeds; the `ae` row is the dAE rows' alpha = beta = 0 control. ")
        .append("The paper's faces datasets are not available, so there are no paper values to set beside these.\n\n");
    List<String> columns = new ArrayList<>(acc.values().iterator().next().keySet());
    sb.append("| row | ").append(String.join(" | ", columns)).append(" |\n|---|").append("---|".repeat(columns.size())).append('\n');
    for (Map.Entry<String, Map<String, double[]>> row : acc.entrySet()) {
      sb.append("| ").append(row.getKey());
      for (String c : columns) {
        double[] v = row.getValue().get(c).clone();
        for (int i = 0; i < v.length; i++) {
          v[i] *= 100;
        }
        sb.append(" | ").append(MeanStd.of(v).format(2));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }
}
