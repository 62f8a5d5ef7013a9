package io.sae.cli.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.io.AtomicFiles;
import io.sae.cli.CommonOptions;
import io.sae.eval.metrics.MeanStd;
import io.sae.eval.plot.LinePlot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code sae experiment nousi}: paper 002's clustering table (Table 2) at a chosen scale. For every seed it
 * trains the autoencoder rows stage by stage (a run of E epochs, then {@code --resume} to 2E, ... T E), clusters
 * the test latents after every stage with {@code sae cluster}, and clusters the test inputs for the "No AE" row.
 * The AE row is every CCAE's alpha = beta = 0 control: same architecture, seed and total epochs, and with no
 * shift a CCAE trains exactly the AE's weights (tested). Writes {@code nousi.md}, {@code acc-per-stage.png} and
 * {@code results.json} into {@code --out}; each run folder stays under {@code --out/runs} for inspection, with
 * {@code cluster-test-stageT.json} per stage. Every evaluation is the best of {@code --restarts} k-means runs by
 * inertia, because one k-means run on these latents swings by several ACC points with its seed.
 */
@Command(
    name = "nousi",
    mixinStandardHelpOptions = true,
    description = {
      "Paper 002 (Nousi & Tefas), Table 2 at a chosen scale: k-means ACC and NMI on the test latents of AE and",
      "CCAE-1..4 (and on the test inputs: No AE), mean +- std over seeds, plus ACC after every stage.",
    })
public final class NousiExperiment implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--dataset", defaultValue = "mnist", description = "Dataset. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--methods", split = ",", defaultValue = "ae,ccae-1,ccae-2,ccae-3,ccae-4",
      description = "Autoencoder rows (ae is the control). Default: ${DEFAULT-VALUE}.")
  List<String> methods;

  @Option(names = "--seeds", defaultValue = "3", description = "Seeds 1..N per row. Default: ${DEFAULT-VALUE}.")
  int seeds;

  @Option(names = "--stages", defaultValue = "5", description = "T, training stages (stage 0 plain). Default: ${DEFAULT-VALUE}.")
  int stages;

  @Option(names = "--stage-epochs", defaultValue = "10", description = "E, epochs per stage. Default: ${DEFAULT-VALUE}.")
  int stageEpochs;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", description = "First samples only (the scale of a quick run).")
  String limit;

  @Option(names = "--arch", defaultValue = "dense-linear", description = "Network. Default: ${DEFAULT-VALUE}.")
  String arch;

  @Mixin StagedTrainingOptions training;

  @Option(names = "--latent", defaultValue = "10", description = "Latent size d. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Option for every CCAE row, e.g. alpha=0.1 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--restarts", defaultValue = "10",
      description = "k-means++ runs per evaluation, the lowest-inertia one scored (see 'sae cluster'). Default: ${DEFAULT-VALUE}.")
  int restarts;

  @Option(names = "--out", required = true,
      description = "Experiment folder. Started again with the same settings, it reuses every finished stage.")
  Path out;

  private static String stageFile(int stage) {
    return "cluster-test-stage" + stage + ".json";
  }

  private static double number(Map<String, Object> json, String key) {
    return json.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    StagedRecipe recipe = new StagedRecipe(dataset, arch, latent, stages, stageEpochs, limit, sets, training.batchSize, training.firstStageEpochs);
    recipe.prepare(seeds, out);
    Map<String, double[][]> acc = new LinkedHashMap<>(); // row -> [seed][stage]
    Map<String, double[][]> nmi = new LinkedHashMap<>();
    Map<String, double[][]> sil = new LinkedHashMap<>();
    acc.put("No AE", new double[seeds][1]);
    nmi.put("No AE", new double[seeds][1]);
    sil.put("No AE", new double[seeds][1]);
    for (String m : methods) {
      acc.put(m, new double[seeds][stages]);
      nmi.put(m, new double[seeds][stages]);
      sil.put(m, new double[seeds][stages]);
    }
    Map<String, List<StageHostWork>> hostWork = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    SubRuns sae = new SubRuns(out, List.of(), common.forwardedOptions(), log);
    List<String> clusterArgs = List.of("--restarts", String.valueOf(restarts));
    for (int s = 1; s <= seeds; s++) {
      for (String m : methods) {
        final int seed = s;
        sae.trainInStages(m + "-seed" + s, recipe.firstArgs(m, s), recipe.schedule(), new SubRuns.StageWork() {
          @Override
          public boolean done(Path run, int t) {
            return Files.isRegularFile(run.resolve(stageFile(t)));
          }

          @Override
          public void run(Path run, int t) throws IOException {
            Map<String, Object> r = sae.probe(run, "cluster", clusterArgs, "cluster-test.json", stageFile(t));
            log.printf(Locale.ROOT, "seed %d %-7s stage %d/%d: ACC %.4f NMI %.4f%n", seed, m, t, stages, number(r, "accuracy"), number(r, "nmi"));
            log.flush();
          }
        });
        for (int t = 1; t <= stages; t++) { // what every stage recorded, in this start or an earlier one
          Map<String, Object> r = SubRuns.readMetrics(sae.runPath(m + "-seed" + s).resolve(stageFile(t)));
          acc.get(m)[s - 1][t - 1] = number(r, "accuracy");
          nmi.get(m)[s - 1][t - 1] = number(r, "nmi");
          sil.get(m)[s - 1][t - 1] = number(r, "silhouette");
        }
        if (!m.equals("ae")) {
          hostWork.computeIfAbsent(m, k -> new ArrayList<>()).add(StageHostWork.read(sae.runPath(m + "-seed" + s).resolve("history.csv"), recipe.schedule()));
        }
        if (m.equals(methods.get(0))) {
          Map<String, Object> r = sae.probe(sae.runPath(m + "-seed" + s), "cluster", concat(clusterArgs, List.of("--on", "inputs")),
              "cluster-test-inputs.json", "cluster-test-inputs-kept.json");
          acc.get("No AE")[s - 1][0] = number(r, "accuracy");
          nmi.get("No AE")[s - 1][0] = number(r, "nmi");
          sil.get("No AE")[s - 1][0] = number(r, "silhouette");
          log.printf(Locale.ROOT, "seed %d No AE (k-means on the test inputs): ACC %.4f NMI %.4f%n", s, acc.get("No AE")[s - 1][0], nmi.get("No AE")[s - 1][0]);
        }
      }
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    String command = "sae " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    StringBuilder md = new StringBuilder(NousiTable.markdown(acc, nmi, command, minutes, dataset.equals("mnist")));
    if (acc.containsKey("ae") && methods.size() > 1) { // a table of differences needs a row besides the control
      md.append(NousiTable.versusControl(acc, nmi, "ae"));
    }
    md.append(NousiTable.silhouette(sil, "ae"));
    md.append(NousiTable.perStage(acc)).append("\n![ACC per stage](acc-per-stage.png)\n");
    if (stages > 1 && !hostWork.isEmpty()) {
      md.append(NousiTable.hostWork(hostWork, stageEpochs));
    }
    AtomicFiles.write(out.resolve("nousi.md"), md.toString().getBytes(StandardCharsets.UTF_8));
    Map<String, double[]> perStage = new LinkedHashMap<>();
    for (String m : methods) {
      double[] mean = new double[stages];
      for (int t = 0; t < stages; t++) {
        double[] v = new double[seeds];
        for (int s = 0; s < seeds; s++) {
          v[s] = acc.get(m)[s][t];
        }
        mean[t] = MeanStd.of(v).mean();
      }
      perStage.put(m, mean);
    }
    Map<String, double[][]> perStageXy = new LinkedHashMap<>(); // stages numbered 1..T, as in the tables
    perStage.forEach((m, mean) -> perStageXy.put(m, new double[][] {java.util.stream.IntStream.rangeClosed(1, mean.length).asDoubleStream().toArray(), mean}));
    LinePlot.writeXy(out.resolve("acc-per-stage.png"), "k-means ACC on the test latents after each stage (mean over seeds)", "stage", perStageXy);
    AtomicFiles.write(out.resolve("results.json"), new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(Map.of("command", command, "accuracy", acc, "nmi", nmi, "silhouette", sil, "host_work", hostWork)));
    log.printf("wrote %s, %s and %s (%.1f min)%n", out.resolve("nousi.md"), out.resolve("acc-per-stage.png"), out.resolve("results.json"), minutes);
    return 0;
  }
}
