package io.sae.cli.experiment;

import io.sae.api.InvalidInputException;
import io.sae.cli.CommonOptions;
import io.sae.api.data.LabelSelection;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.SampleLimit;
import io.sae.eval.report.MarkdownReport;
import io.sae.eval.report.MetricsJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sae experiment rudolph}: paper 001's experiments with the {@code sae} method. */
@Command(name = "rudolph", mixinStandardHelpOptions = true,
    description = {
      "Paper 001 (Rudolph et al., structuring autoencoders) on MNIST A/B/C, Fashion-MNIST and synthetic vectors.",
      "",
      "Parts (--parts):",
      "  labels     test error by number of labels: SAE + linear SVM, classifier, AE + linear SVM (Fig. 6)",
      "  seeds      SAE against the classifier at --gamma-labels labels over --seeds, mean +- std",
      "  confidence expected calibration error: SAE's normalised SVM scores against the classifier's softmax (3.4)",
      "  gamma      SVM error and reconstruction RMSE by gamma at --gamma-labels labels (Fig. 11)",
      "  guided     guided against random labelling from --guided-start labels, over --guided-seeds (Fig. 10)",
      "  views      PCA and t-SNE of AE and SAE test latents (Fig. 4)",
      "  fashion    Fashion-MNIST seasons and upper-body groupings at --fashion-labels labels",
      "  synthetic  the synthetic hidden-structure vectors (stand-in for 3D body shapes), dense-2048 network",
      "",
      "Writes OUT/rudolph.md, OUT/results.json and PNG plots; every run is a normal run folder under OUT/runs and",
      "OUT/commands.txt lists the sae commands that made them. Started again, it reuses finished runs.",
      "The full default scale trains about 30 networks: roughly an hour on 2 CPU cores.",
      "",
      "Example (a smoke-sized run):",
      "  sae experiment rudolph --out /tmp/rudolph --parts labels --labels 600,all --limit 3000,1000 --epochs 2",
    })
public final class RudolphCommand implements Callable<Integer> {
  /** The reconstruction budget for the gamma sweep: RMSE at most 10% above the plain autoencoder's. */
  private static final double RMSE_BUDGET = 0.10;
  /** The error goal at 6,000 labels, which the gamma sweep checks each gamma against. */
  private static final double ERROR_GOAL = 0.015;
  private static final Set<String> PARTS = Set.of("labels", "seeds", "confidence", "gamma", "guided", "views", "fashion", "synthetic");

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "experiments/rudolph", description = "Experiment folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--parts", split = ",", paramLabel = "PART", defaultValue = "labels,seeds,confidence,gamma,guided,views,fashion,synthetic",
      description = "Parts to run. Default: ${DEFAULT-VALUE}.")
  List<String> parts;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "20", description = "Epochs of every ae and sae run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--classifier-epochs", paramLabel = "N", defaultValue = "30",
      description = "Least epochs of a classifier baseline (it keeps its best epoch on the validation labels). Default: ${DEFAULT-VALUE}.")
  int classifierEpochs;

  @Option(names = "--classifier-steps", paramLabel = "N", defaultValue = "5000",
      description = "Least optimizer steps of a classifier baseline: few labels get more epochs. Default: ${DEFAULT-VALUE}.")
  int classifierSteps;

  @Option(names = "--labels", split = ",", paramLabel = "N|all", defaultValue = "600,1000,3000,6000,all",
      description = "Label counts of the label sweep. Default: ${DEFAULT-VALUE}.")
  List<String> labels;

  @Option(names = "--gamma", paramLabel = "G", defaultValue = "0.5", description = "sae gamma on MNIST (labels, guided, views). Default: ${DEFAULT-VALUE}.")
  double gamma;

  @Option(names = "--gammas", split = ",", paramLabel = "G", defaultValue = "0,0.25,0.5,0.75,0.9,1", description = "Gamma sweep values. Default: ${DEFAULT-VALUE}.")
  List<Double> gammas;

  @Option(names = "--gamma-labels", paramLabel = "N", defaultValue = "6000", description = "Labels of the gamma sweep and views. Default: ${DEFAULT-VALUE}.")
  String gammaLabels;

  @Option(names = "--guided-start", paramLabel = "N", defaultValue = "600", description = "Labels before guided labelling. Default: ${DEFAULT-VALUE}.")
  String guidedStart;

  @Option(names = "--guided-add", paramLabel = "N", defaultValue = "100", description = "Labels revealed by guided or random choice. Default: ${DEFAULT-VALUE}.")
  int guidedAdd;

  @Option(names = "--guided-epochs", paramLabel = "N", defaultValue = "10", description = "Epochs trained after revealing them. Default: ${DEFAULT-VALUE}.")
  int guidedEpochs;

  @Option(names = "--guided-seeds", split = ",", paramLabel = "SEED", defaultValue = "1,2,3", description = "Seeds of the guided-labelling runs. Default: ${DEFAULT-VALUE}.")
  List<Long> guidedSeeds;

  @Option(names = "--seeds", split = ",", paramLabel = "SEED", defaultValue = "1,2,3", description = "Seeds of the seeds part. Default: ${DEFAULT-VALUE}.")
  List<Long> seeds;

  @Option(names = "--fashion-labels", paramLabel = "N", defaultValue = "6000", description = "Labels of the Fashion-MNIST rows. Default: ${DEFAULT-VALUE}.")
  String fashionLabels;

  @Option(names = "--fashion-gamma", paramLabel = "G", defaultValue = "0.75",
      description = "sae gamma on Fashion-MNIST (the paper's best, Fig. 11). Default: ${DEFAULT-VALUE}.")
  double fashionGamma;

  @Option(names = "--synthetic-labels", paramLabel = "N", defaultValue = "1000", description = "Labels of the synthetic row. Default: ${DEFAULT-VALUE}.")
  String syntheticLabels;

  @Option(names = "--synthetic-epochs", paramLabel = "N", defaultValue = "100",
      description = "Epochs of the synthetic ae and sae runs (6,000 samples: 100 epochs are about the classifier's step budget). Default: ${DEFAULT-VALUE}.")
  int syntheticEpochs;

  @Option(names = "--view-points", paramLabel = "N", defaultValue = "2000", description = "Test samples per latent view. Default: ${DEFAULT-VALUE}.")
  int viewPoints;

  @Option(names = "--limit", paramLabel = "TRAIN[,TEST]", description = "Use only the first samples of each dataset (smoke runs). Default: all.")
  String limit;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of every run but the guided-labelling seeds. Default: ${DEFAULT-VALUE}.")
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
    // A report of an earlier invocation must not pass for this one's if this one fails part-way.
    Files.deleteIfExists(out.resolve("rudolph.md"));
    Files.deleteIfExists(out.resolve("results.json"));
    Context ctx = new Context(out, new SubRuns(out, trainArgs, everyArgs, console), services,
        new Context.Scale(epochs, classifierEpochs, classifierSteps, limits.train(), limits.test()), seed);

    Recipe.Data abc = new Recipe.Data("mnist", "mnist-abc", "mnist-abc", "conv", 10);
    int mnistTrain = limits.train() > 0 ? Math.min(limits.train(), 60_000) : 60_000;
    List<Section> sections = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String part : parts) {
      console.printf("%n== %s ==%n", part);
      console.flush();
      switch (part) {
        case "labels" -> sections.add(LabelSweep.run(ctx, abc, labels, gamma, mnistTrain));
        case "seeds" -> sections.add(SeedSpread.run(ctx, abc, gammaLabels, gamma, seeds, mnistTrain));
        case "confidence" -> sections.add(Confidence.run(ctx, abc, labels, gammaLabels, gamma, mnistTrain));
        case "gamma" -> sections.add(GammaSweep.run(ctx, abc, gammaLabels, gammas, RMSE_BUDGET, ERROR_GOAL));
        case "guided" -> sections.add(GuidedLabeling.run(ctx, abc, guidedStart, guidedAdd, guidedEpochs, gamma, guidedSeeds));
        case "views" -> sections.add(views(ctx, abc));
        case "fashion" -> {
          Map<Recipe.Data, Integer> rows = new LinkedHashMap<>();
          int fashionTrain = limits.train() > 0 ? Math.min(limits.train(), 60_000) : 60_000;
          rows.put(new Recipe.Data("fashion-mnist", "fashion-seasons", "fashion-seasons", "conv", 64), fashionTrain);
          rows.put(new Recipe.Data("fashion-mnist", "fashion-upper-body", "fashion-upper-body", "conv", 64), fashionTrain);
          sections.add(DatasetRows.run(ctx, "Fashion-MNIST groupings", rows, fashionLabels, fashionGamma));
        }
        case "synthetic" -> {
          int syntheticTrain = limits.train() > 0 ? Math.min(limits.train(), 6000) : 6000;
          Context synthetic = new Context(out, ctx.runs(), services,
              new Context.Scale(syntheticEpochs, classifierEpochs, classifierSteps, limits.train(), limits.test()), seed);
          sections.add(DatasetRows.run(synthetic, "Synthetic hidden-structure vectors (not real data; stands in for the 3D body shapes)",
              Map.of(new Recipe.Data("synthetic", null, "synthetic", "dense-2048", 30), syntheticTrain), syntheticLabels, gamma));
        }
        default -> throw new IllegalStateException(part);
      }
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    write(sections, ctx.runs().used().size(), ctx.runs().trainingSeconds() / 60);
    console.printf("%nwrote %s and %s (%.1f min)%n", out.resolve("rudolph.md"), out.resolve("results.json"), minutes);
    return 0;
  }

  private Section views(Context ctx, Recipe.Data abc) throws Exception {
    Recipe ae = ctx.autoencoder(abc);
    Recipe sae = Recipe.of("sae", abc, gammaLabels, epochs, seed).withGamma(gamma);
    ctx.run(ae);
    ctx.run(sae);
    List<String> images = new ArrayList<>();
    SampleLimit limits = SampleLimit.parse(limit);
    DataRequest abcTest = new DataRequest(abc.dataset(), abc.grouping(), LabelSelection.ALL, Context.Scale.VALIDATION, seed, limits.train(), limits.test(),
        List.of());
    images.addAll(LatentViews.write(ctx.services(), ctx.runs().runPath(ae.name()), abcTest, out, "views-ae",
        "AE (no labels), MNIST A/B/C test latents", viewPoints, seed));
    images.addAll(LatentViews.write(ctx.services(), ctx.runs().runPath(sae.name()), abcTest, out, "views-sae",
        "SAE (" + gammaLabels + " labels), MNIST A/B/C test latents", viewPoints, seed));
    return new Section("MNIST A/B/C: latent views, AE beside SAE (Fig. 4)",
        List.of(String.format(Locale.ROOT, "Up to %d seeded test samples (the same ones in every view) of runs %s and %s, coloured by A/B/C"
            + " class; PCA, and Smile's t-SNE with perplexity 30.", viewPoints, ae.name(), sae.name())),
        List.of(), List.of(), images, Map.of("runs", List.of(ae.name(), sae.name())));
  }

  private void write(List<Section> sections, int runs, double trainingMinutes) throws Exception {
    MarkdownReport r = new MarkdownReport().heading(1, "Paper 001 (Rudolph et al.): measured with sae");
    List<String> args = new ArrayList<>();
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    // picocli hands every subcommand the whole command line; keep what follows this command's name
    List<String> original = all.subList(all.indexOf(spec.name()) + 1, all.size());
    for (int i = 0; i < original.size(); i++) {
      if (original.get(i).equals("--cache-dir")) {
        i++; // a machine's cache folder says nothing about the experiment
      } else if (!original.get(i).startsWith("--cache-dir=")) {
        args.add(original.get(i));
      }
    }
    r.paragraph(String.format(Locale.ROOT, "Made by `sae experiment rudolph %s`: %d runs, %.0f minutes of training in all on this machine"
        + " (2 CPU cores). Every number below comes from a run folder under runs/; commands.txt lists the commands that made them.",
        String.join(" ", args), runs, trainingMinutes));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("epochs", epochs);
    json.put("limit", limit == null ? "all" : limit);
    json.put("seed", seed);
    json.put("runs", runs);
    json.put("training_minutes", trainingMinutes);
    for (Section s : sections) {
      r.heading(2, s.title());
      s.notes().forEach(r::paragraph);
      if (!s.rows().isEmpty()) {
        r.table(s.header(), s.rows());
      }
      s.images().forEach(png -> r.image(png, png));
      json.put(s.title(), s.json());
    }
    MetricsJson.write(out.resolve("results.json"), json);
    r.write(out.resolve("rudolph.md"));
  }

  private void validate() {
    for (String p : parts) {
      if (!PARTS.contains(p)) {
        throw new InvalidInputException("unknown part '" + p + "' in --parts; known: " + String.join(", ", new java.util.TreeSet<>(PARTS)));
      }
    }
    if (epochs < 1 || syntheticEpochs < 1 || classifierEpochs < 1 || classifierSteps < 0 || guidedEpochs < 1 || guidedAdd < 1 || viewPoints < 100) {
      throw new InvalidInputException("--epochs, --synthetic-epochs, --classifier-epochs, --guided-epochs and --guided-add must be positive,"
          + " --classifier-steps non-negative and --view-points at least 100");
    }
    for (String n : concat(labels, List.of(gammaLabels, guidedStart, fashionLabels, syntheticLabels))) {
      if (!n.equals("all")) {
        try {
          if (Integer.parseInt(n) < 1) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          throw new InvalidInputException("label counts must be positive numbers or 'all', got '" + n + "'");
        }
      }
    }
    if (guidedStart.equals("all")) {
      throw new InvalidInputException("--guided-start must be a count: with all labels visible there is nothing to add");
    }
    for (double g : concat(gammas, List.of(gamma, fashionGamma))) {
      if (!(g >= 0 && g <= 1)) {
        throw new InvalidInputException("gammas must be in [0, 1], got " + g);
      }
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

}
