package io.sae.cli.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.io.AtomicFiles;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.plot.ScatterPlot;
import io.sae.methods.geometric.ClassSimilarity;
import io.sae.methods.geometric.ClusterLayout;
import io.sae.methods.geometric.GeometricMethod;
import io.sae.api.method.MethodOptions;
import io.sae.methods.geometric.PolarSectors;
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
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sae experiment gabdullin}: paper 003 on a Fashion-MNIST class subset with a 2-D latent. For each seed,
 * {@code geometric} (CE + k_g L_G), the CE-only control ({@code geometric --set weight=0}: same network and head)
 * and {@code polar}; then the share of points in their configured cluster, the seed-to-seed spread of the class
 * means, nearest-centre against head accuracy, retrieval precision@10, similarity of a held-out class, prohibited
 * points of {@code polar}, and latent scatter plots. Writes {@code gabdullin.md} and {@code results.json}; started
 * again on the same folder, it reuses the finished runs.
 */
@Command(
    name = "gabdullin",
    mixinStandardHelpOptions = true,
    description = {
      "Paper 003 (latent space configuration) on a Fashion-MNIST class subset with a 2-D latent: geometric vs",
      "CE-only over seeds (in-cluster shares, spread of class means), nearest-centre vs head accuracy, retrieval",
      "precision@10, similarity of a held-out class, polar (points in prohibited sectors), latent scatter plots.",
    })
public final class GabdullinCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--dataset", defaultValue = "fashion-mnist", description = "Dataset. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--classes", split = ",", defaultValue = "0,1,5,8,9",
      description = "The classes trained on (T-shirt/top, Trouser, Sandal, Bag, Ankle boot). Default: ${DEFAULT-VALUE}.")
  List<Integer> classes;

  @Option(names = "--held-out", defaultValue = "7", description = "A class left out of training, for similarity of unseen classes (Sneaker). Default: ${DEFAULT-VALUE}.")
  int heldOut;

  @Option(names = "--per-class", defaultValue = "0", description = "Training samples per class (0: all 6,000). Default: ${DEFAULT-VALUE}.")
  int perClass;

  @Option(names = "--seeds", defaultValue = "3", description = "Seeds 1..N. Default: ${DEFAULT-VALUE}.")
  int seeds;

  @Option(names = "--epochs", defaultValue = "20", description = "Epochs per run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--arch", defaultValue = "dense:512,256", description = "Encoder. Default: ${DEFAULT-VALUE}.")
  String arch;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Option for the geometric runs, e.g. radius=0.3 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--out", required = true, description = "Experiment folder (reused runs when it exists).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    if (seeds < 1 || epochs < 1 || perClass < 0) {
      throw new InvalidInputException("--seeds and --epochs must be >= 1 and --per-class >= 0");
    }
    SaeRuntime services = common.services(log);
    Files.createDirectories(out);
    Files.deleteIfExists(out.resolve("gabdullin.md"));
    Files.deleteIfExists(out.resolve("results.json"));
    String key = dataset.replaceAll("[^A-Za-z0-9-]", "_") + "-" + classes.stream().map(String::valueOf).collect(Collectors.joining("-")) + "-h" + heldOut + "-n" + perClass;
    GabdullinData data = GabdullinData.write(services, out.resolve("data-" + key), dataset, classes, heldOut, perClass);
    List<String> everyArgs = common.forwardedOptions();
    SubRuns runs = new SubRuns(out, List.of(), everyArgs, log);
    long t0 = System.nanoTime();

    Map<String, Object> results = new LinkedHashMap<>();
    String command = "sae " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    results.put("command", command);
    results.put("classes", data.classNames());
    results.put("held_out", data.heldOutName());
    Map<String, double[][][]> meansBySeed = new LinkedHashMap<>();
    Map<String, List<Map<String, Object>>> perRun = new LinkedHashMap<>();
    for (String row : List.of("geometric", "ce-only", "polar")) {
      meansBySeed.put(row, new double[seeds][][]);
      perRun.put(row, new ArrayList<>());
    }
    Path plots = out.resolve("plots");
    Files.createDirectories(plots);
    for (int s = 1; s <= seeds; s++) {
      for (String row : List.of("geometric", "ce-only", "polar")) {
        String name = row + "-seed" + s;
        List<String> args = new ArrayList<>(List.of("--dataset", data.spec(), "--latent", "2", "--arch", arch, "--epochs",
            Integer.toString(epochs), "--seed", Integer.toString(s), "--validation", "0"));
        switch (row) {
          case "geometric" -> {
            args.addAll(List.of("--method", "geometric"));
            sets.forEach(v -> args.addAll(List.of("--set", v)));
          }
          case "ce-only" -> {
            args.addAll(List.of("--method", "geometric", "--set", "weight=0"));
            sets.stream().filter(v -> !v.startsWith("weight=")).forEach(v -> args.addAll(List.of("--set", v)));
          }
          default -> args.addAll(List.of("--method", "polar"));
        }
        Map<String, Object> metrics = runs.trainAndEvaluate(name, args);
        Map<String, Object> m = measure(services, runs.runPath(name), row, data, metrics, meansBySeed.get(row), s - 1, plots.resolve(name + ".png"));
        m.put("run", name);
        perRun.get(row).add(m);
        log.printf(Locale.ROOT, "  %s: head test error %s, in cluster (test) %s, prohibited (test) %s%n", name, m.get("head_test_error"),
            m.getOrDefault("test_inside_share", "-"), m.getOrDefault("test_prohibited", "-"));
        log.flush();
      }
    }
    results.put("runs", perRun);
    Map<String, Object> spread = new LinkedHashMap<>();
    if (seeds > 1) {
      for (String row : meansBySeed.keySet()) {
        spread.put(row, LatentMeasures.seedSpread(meansBySeed.get(row)));
      }
    }
    results.put("class_mean_seed_spread", spread);
    double minutes = (System.nanoTime() - t0) / 60e9;
    results.put("minutes", minutes);
    results.put("training_minutes", runs.trainingSeconds() / 60); // of every run used, reused ones included
    AtomicFiles.write(out.resolve("results.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(results));
    AtomicFiles.write(out.resolve("gabdullin.md"), GabdullinReport.markdown(results, perRun, spread, data).getBytes(StandardCharsets.UTF_8));
    log.printf(Locale.ROOT, "wrote %s and %s (%.1f min)%n", out.resolve("gabdullin.md"), out.resolve("results.json"), minutes);
    return 0;
  }

  private Map<String, Object> measure(SaeRuntime services, Path runDir, String row, GabdullinData data, Map<String, Object> metrics,
      double[][][] means, int seedIndex, Path png) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    try (OpenRun run = OpenRun.open(services, runDir)) {
      PreparedData d = run.config().data().prepare(services);
      Dataset train = d.fullTrain();
      Dataset test = d.test();
      FloatMatrix zTrain = run.model().encode(train.features());
      FloatMatrix zTest = run.model().encode(test.features());
      int n = data.classNames().size();
      means[seedIndex] = LatentMeasures.classMeans(zTrain, train.labels(), n);
      m.put("train_class_means", means[seedIndex]);
      m.put("max_latent_norm", LatentMeasures.maxNorm(zTrain));
      m.put("head_test_error", metrics.getOrDefault("softmax_head_test_error", metrics.get("method_classifier_test_error")));
      ScatterPlot.write(png, zTest, test.labels(), data.classNames(), runDir.getFileName() + ": test latents",
          new ScatterPlot.Options(480, 360, 2500, 0));
      if (row.equals("polar")) {
        PolarSectors s = PolarSectors.fromParams(run.plan().architecture().encoderTransform().orElseThrow().params());
        m.put("train_prohibited", countProhibited(s, zTrain));
        m.put("test_prohibited", countProhibited(s, zTest));
        m.put("held_out_prohibited", countProhibited(s, run.model().encode(data.heldOut().features())));
        m.put("train_points", zTrain.rows());
        m.put("test_points", zTest.rows());
        return m;
      }
      // the CE-only control has no geometric term in its plan; its latents are measured against the same layout
      ClusterLayout layout = GeometricMethod.layout(new MethodOptions("geometric", new GeometricMethod().options(), run.config().options()), n, 2);
      ConfiguredClusters cc = new ConfiguredClusters(layout.centres(), layout.radiiRow().data());
      m.put("train_inside_share", cc.insideShare(zTrain, train.labels()));
      m.put("test_inside_share", cc.insideShare(zTest, test.labels()));
      List<Double> toCentre = cc.meanDistances(zTrain, train.labels());
      m.put("train_class_mean_to_centre", toCentre);
      m.put("max_class_mean_to_centre", toCentre.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
      m.put("nearest_centre_test_error", metrics.get("method_classifier_test_error"));
      if (row.equals("geometric")) {
        double[] radii = new double[n];
        for (int i = 0; i < n; i++) {
          radii[i] = cc.radii()[i];
        }
        ClassSimilarity sim = new ClassSimilarity(new ClusterLayout(cc.centres(), radii), ClassSimilarity.PAPER_BOUNDARY);
        m.put("test_precision_at_10", LatentMeasures.precisionAtK(sim, zTest, test.labels(), 10));
        FloatMatrix zHeld = run.model().encode(data.heldOut().features());
        m.put("held_out_mean_similarity_vector", LatentMeasures.meanVector(sim, zHeld));
        m.put("held_out_pair_similarity", LatentMeasures.meanPairSimilarity(sim, zHeld, zHeld));
        Map<String, Double> toClass = new LinkedHashMap<>();
        Map<String, Double> withinClass = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
          int cls = c;
          int[] rows = java.util.stream.IntStream.range(0, test.size()).filter(i -> test.label(i) == cls).toArray();
          FloatMatrix zc = zTest.rows(rows);
          toClass.put(data.classNames().get(c), LatentMeasures.meanPairSimilarity(sim, zHeld, zc));
          withinClass.put(data.classNames().get(c), LatentMeasures.meanPairSimilarity(sim, zc, zc));
        }
        m.put("held_out_to_class_similarity", toClass);
        m.put("within_class_similarity", withinClass);
        m.put("held_out_inside_any_cluster", insideAny(cc, zHeld));
      }
    }
    return m;
  }

  private static double insideAny(ConfiguredClusters cc, FloatMatrix z) {
    int inside = 0;
    for (int i = 0; i < z.rows(); i++) {
      boolean any = false;
      for (int c = 0; c < cc.centres().rows(); c++) {
        int[] one = {c};
        any |= cc.insideShare(z.rows(new int[] {i}), one) == 1.0;
      }
      inside += any ? 1 : 0;
    }
    return (double) inside / z.rows();
  }

  private static int countProhibited(PolarSectors s, FloatMatrix z) {
    int n = 0;
    for (int i = 0; i < z.rows(); i++) {
      n += s.prohibited(z.get(i, 0), z.get(i, 1)) ? 1 : 0;
    }
    return n;
  }
}
