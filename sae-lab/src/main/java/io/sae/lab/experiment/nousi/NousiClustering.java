package io.sae.lab.experiment.nousi;

import io.sae.runtime.run.RunLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.data.io.AtomicFiles;
import io.sae.api.training.TrainingListener;
import io.sae.eval.metrics.MeanStd;
import io.sae.eval.plot.LinePlot;
import io.sae.lab.cluster.ClusterOptions;
import io.sae.lab.cluster.ClusterResult;
import io.sae.lab.cluster.Clustering;
import io.sae.lab.cluster.FeatureSpace;
import io.sae.lab.cluster.Split;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Paper 002's clustering table (Table 2) at a chosen scale. For every seed it trains the autoencoder rows over
 * T stages (one training per run), clusters the test latents at the end of every stage, and clusters the test
 * inputs for the "No AE" row. The {@code ae} row is every CCAE's alpha = beta = 0 control: same architecture,
 * seed and total epochs, and with no shift a CCAE trains exactly the AE's weights. Writes {@code nousi.md},
 * {@code acc-per-stage.png} and {@code results.json} into the experiment folder; each run folder stays under
 * {@code runs/} with {@code cluster-test-stageT.json} per stage. Every evaluation is the best of several k-means
 * runs by inertia, because one k-means run on these latents swings by several ACC points with its seed.
 */
public final class NousiClustering {
  private NousiClustering() {}

  /** Where stage {@code stage}'s clustering is kept in a run folder. */
  public static String stageFile(int stage) {
    return "cluster-test-stage" + stage + ".json";
  }

  /**
   * Runs the experiment (or continues one started with the same settings in the same folder).
   *
   * @throws io.sae.api.InvalidInputException on bad settings, or when the folder was started with other settings
   */
  public static NousiClusteringResult run(SaeRuntime runtime, NousiClusteringOptions options, ExperimentConsole console) throws IOException {
    return run(runtime, options, console, List.of());
  }

  /** As {@link #run(SaeRuntime, NousiClusteringOptions, ExperimentConsole)}, with listeners added to every training (tests stop a run). */
  static NousiClusteringResult run(SaeRuntime runtime, NousiClusteringOptions o, ExperimentConsole console, List<TrainingListener> extra)
      throws IOException {
    // one writer per experiment folder: a second start of the same experiment is refused, naming the first
    try (RunLock lock = RunLock.experiment(o.out())) {
      return runLocked(runtime, o, console, extra);
    }
  }

  private static NousiClusteringResult runLocked(SaeRuntime runtime, NousiClusteringOptions o, ExperimentConsole console, List<TrainingListener> extra)
      throws IOException {
    StagedRecipe recipe = o.recipe();
    recipe.prepare(o.seeds(), o.out());
    int seeds = o.seeds();
    int stages = o.stages();
    Map<String, double[][]> acc = new LinkedHashMap<>(); // row -> [seed][stage]
    Map<String, double[][]> nmi = new LinkedHashMap<>();
    Map<String, double[][]> sil = new LinkedHashMap<>();
    acc.put("No AE", new double[seeds][1]);
    nmi.put("No AE", new double[seeds][1]);
    sil.put("No AE", new double[seeds][1]);
    for (String m : o.methods()) {
      acc.put(m, new double[seeds][stages]);
      nmi.put(m, new double[seeds][stages]);
      sil.put(m, new double[seeds][stages]);
    }
    Map<String, List<StageHostWork>> hostWork = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    StagedRuns sae = new StagedRuns(runtime, o.out(), console, extra);
    ClusterOptions latents = ClusterOptions.DEFAULTS.withRestarts(o.restarts());
    List<String> restartArgs = List.of("--restarts", String.valueOf(o.restarts()));
    for (int s = 1; s <= seeds; s++) {
      for (String m : o.methods()) {
        final int seed = s;
        Path run = sae.runPath(m + "-seed" + s);
        sae.trainInStages(m + "-seed" + s, recipe.training(m, s, run), recipe.schedule(), new StageWork() {
          @Override
          public boolean done(Path r, int t) {
            return Files.isRegularFile(r.resolve(stageFile(t)));
          }

          @Override
          public List<String> command(Path r) {
            return concat(List.of("cluster", r.toString()), restartArgs);
          }

          @Override
          public List<String> score(OpenRun r, PreparedData data, int t) throws IOException {
            ClusterResult c = Clustering.run(r, data, latents);
            AtomicFiles.write(r.dir().path().resolve(stageFile(t)), Files.readAllBytes(c.file()));
            // read back as the report reads every stage (a NaN ACC is null in the file)
            Map<String, Object> kept = StagedRuns.readJson(r.dir().path().resolve(stageFile(t)));
            console.print(String.format(Locale.ROOT, "seed %d %-7s stage %d/%d: ACC %.4f NMI %.4f", seed, m, t, stages, number(kept, "accuracy"),
                number(kept, "nmi")));
            return c.summary();
          }
        });
        for (int t = 1; t <= stages; t++) { // what every stage recorded, in this start or an earlier one
          Map<String, Object> r = StagedRuns.readJson(run.resolve(stageFile(t)));
          acc.get(m)[s - 1][t - 1] = number(r, "accuracy");
          nmi.get(m)[s - 1][t - 1] = number(r, "nmi");
          sil.get(m)[s - 1][t - 1] = number(r, "silhouette");
        }
        if (!m.equals("ae")) {
          hostWork.computeIfAbsent(m, k -> new ArrayList<>()).add(StageHostWork.read(run.resolve("history.csv"), recipe.schedule()));
        }
        if (m.equals(o.methods().get(0))) {
          ClusterOptions inputs = latents.withOn(FeatureSpace.INPUTS);
          Map<String, Object> r = sae.probe(run, concat(List.of("cluster", run.toString()), concat(restartArgs, List.of("--on", "inputs"))),
              "cluster-test-inputs-kept.json", (open, data) -> {
                ClusterResult c = Clustering.run(open, data, inputs);
                return new StagedRuns.Probe.Scored(c.file(), c.summary());
              });
          acc.get("No AE")[s - 1][0] = number(r, "accuracy");
          nmi.get("No AE")[s - 1][0] = number(r, "nmi");
          sil.get("No AE")[s - 1][0] = number(r, "silhouette");
          console.print(String.format(Locale.ROOT, "seed %d No AE (k-means on the test inputs): ACC %.4f NMI %.4f", s, acc.get("No AE")[s - 1][0],
              nmi.get("No AE")[s - 1][0]));
        }
      }
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    return writeReport(o, console.command(), acc, nmi, sil, hostWork, minutes);
  }

  private static NousiClusteringResult writeReport(NousiClusteringOptions o, String command, Map<String, double[][]> acc, Map<String, double[][]> nmi,
      Map<String, double[][]> sil, Map<String, List<StageHostWork>> hostWork, double minutes) throws IOException {
    Path out = o.out();
    StringBuilder md = new StringBuilder(NousiTable.markdown(acc, nmi, command, minutes, o.dataset().equals("mnist")));
    if (acc.containsKey("ae") && o.methods().size() > 1) { // a table of differences needs a row besides the control
      md.append(NousiTable.versusControl(acc, nmi, "ae"));
    }
    md.append(NousiTable.silhouette(sil, "ae"));
    md.append(NousiTable.perStage(acc)).append("\n![ACC per stage](acc-per-stage.png)\n");
    if (o.stages() > 1 && !hostWork.isEmpty()) {
      md.append(NousiTable.hostWork(hostWork, o.stageEpochs()));
    }
    Path report = out.resolve("nousi.md");
    AtomicFiles.write(report, md.toString().getBytes(StandardCharsets.UTF_8));
    Map<String, double[][]> perStageXy = new LinkedHashMap<>(); // stages numbered 1..T, as in the tables
    for (String m : o.methods()) {
      double[] mean = new double[o.stages()];
      for (int t = 0; t < o.stages(); t++) {
        double[] v = new double[o.seeds()];
        for (int s = 0; s < o.seeds(); s++) {
          v[s] = acc.get(m)[s][t];
        }
        mean[t] = MeanStd.of(v).mean();
      }
      perStageXy.put(m, new double[][] {IntStream.rangeClosed(1, mean.length).asDoubleStream().toArray(), mean});
    }
    Path plot = out.resolve("acc-per-stage.png");
    LinePlot.writeXy(plot, "k-means ACC on the test latents after each stage (mean over seeds)", "stage", perStageXy);
    Path results = out.resolve("results.json");
    AtomicFiles.write(results, new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(Map.of("command", command, "accuracy", acc, "nmi", nmi, "silhouette", sil, "host_work", hostWork)));
    return new NousiClusteringResult(acc, nmi, sil, hostWork, minutes, report, plot, results);
  }

  private static double number(Map<String, Object> json, String key) {
    return json.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
