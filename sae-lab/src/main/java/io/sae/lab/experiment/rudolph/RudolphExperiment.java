package io.sae.lab.experiment.rudolph;

import io.sae.runtime.run.RunLock;
import io.sae.data.LabelSelection;
import io.sae.lab.experiment.ExperimentRuns;
import io.sae.lab.experiment.LatentViews;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.SampleLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Paper 001 (Rudolph et al., structuring autoencoders) on MNIST A/B/C, Fashion-MNIST and synthetic vectors: trains
 * and evaluates the runs each part needs (ordinary run folders under {@code OUT/runs}, reused when started again)
 * and writes {@code rudolph.md}, {@code results.json} and PNG plots ({@code rudolph-eq3.md}, {@code results-eq3.json} and PNGs named
 * {@code -eq3} with {@code --weighting eq3}).
 */
public final class RudolphExperiment {
  /** The reconstruction budget for the gamma sweep: RMSE at most 10% above the plain autoencoder's. */
  private static final double RMSE_BUDGET = 0.10;
  /** The error goal at 6,000 labels, which the gamma sweep checks each gamma against. */
  private static final double ERROR_GOAL = 0.015;

  private final SaeRuntime runtime;
  private final Consumer<String> console;

  /**
   * @param runtime methods, datasets and trainer of every run
   * @param console receives progress lines (parts, runs started, reused and finished)
   */
  public RudolphExperiment(SaeRuntime runtime, Consumer<String> console) {
    this.runtime = runtime;
    this.console = console;
  }

  /** Runs the experiment; the report names {@code options.arguments()} as the command that made it. */
  public RudolphResult run(RudolphOptions options) throws IOException {
    return run(options, String.join(" ", options.arguments()));
  }

  /**
   * Runs the experiment.
   *
   * @param arguments the {@code sae experiment rudolph} arguments the report says made it (as the user typed them)
   */
  public RudolphResult run(RudolphOptions o, String arguments) throws IOException {
    // one writer per experiment folder: a second start of the same experiment is refused, naming the first
    try (RunLock lock = RunLock.experiment(o.out())) {
      return runLocked(o, arguments);
    }
  }

  private RudolphResult runLocked(RudolphOptions o, String arguments) throws IOException {
    Path out = o.out();
    SampleLimit limits = o.limit();
    Files.createDirectories(out);
    // A report of an earlier invocation must not pass for this one's if this one fails part-way.
    Files.deleteIfExists(o.report());
    Files.deleteIfExists(o.results());
    ExperimentRuns runs = new ExperimentRuns(out, runtime, limits, console);
    Context ctx = new Context(out, runs, runtime, new Context.Scale(o.epochs(), o.classifierEpochs(), o.classifierSteps(), limits.train(),
        limits.test()), o.seed(), o.weighting());

    Recipe.Data abc = new Recipe.Data("mnist", "mnist-abc", "mnist-abc", "conv", 10);
    int mnistTrain = limits.train() > 0 ? Math.min(limits.train(), 60_000) : 60_000;
    List<Section> sections = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String part : o.parts()) {
      console.accept("");
      console.accept("== " + part + " ==");
      switch (part) {
        case "labels" -> sections.add(LabelSweep.run(ctx, abc, o.labels(), o.gamma(), mnistTrain));
        case "seeds" -> sections.add(SeedSpread.run(ctx, abc, o.gammaLabels(), o.gamma(), o.seeds(), mnistTrain));
        case "confidence" -> sections.add(Confidence.run(ctx, abc, o.labels(), o.gammaLabels(), o.gamma(), mnistTrain));
        case "gamma" -> sections.add(GammaSweep.run(ctx, abc, o.gammaLabels(), o.gammas(), RMSE_BUDGET, ERROR_GOAL));
        case "guided" -> sections.add(GuidedLabeling.run(ctx, abc, o.guidedStart(), o.guidedAdd(), o.guidedEpochs(), o.gamma(), o.guidedSeeds()));
        case "views" -> sections.add(views(ctx, abc, o));
        case "fashion" -> {
          Map<Recipe.Data, Integer> rows = new LinkedHashMap<>();
          int fashionTrain = limits.train() > 0 ? Math.min(limits.train(), 60_000) : 60_000;
          rows.put(new Recipe.Data("fashion-mnist", "fashion-seasons", "fashion-seasons", "conv", 64), fashionTrain);
          rows.put(new Recipe.Data("fashion-mnist", "fashion-upper-body", "fashion-upper-body", "conv", 64), fashionTrain);
          sections.add(DatasetRows.run(ctx, "Fashion-MNIST groupings", rows, o.fashionLabels(), o.fashionGamma()));
        }
        case "synthetic" -> {
          int syntheticTrain = limits.train() > 0 ? Math.min(limits.train(), 6000) : 6000;
          Context synthetic = new Context(out, runs, runtime,
              new Context.Scale(o.syntheticEpochs(), o.classifierEpochs(), o.classifierSteps(), limits.train(), limits.test()), o.seed(),
              o.weighting());
          sections.add(DatasetRows.run(synthetic, "Synthetic hidden-structure vectors (not real data; stands in for the 3D body shapes)",
              Map.of(new Recipe.Data("synthetic", null, "synthetic", "dense-2048", 30), syntheticTrain), o.syntheticLabels(), o.syntheticGamma()));
        }
        default -> throw new IllegalStateException(part); // RudolphOptions admits only known parts
      }
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    double trainingMinutes = runs.trainingSeconds() / 60;
    RudolphReport.write(o, arguments, sections, runs.used().size(), trainingMinutes);
    return new RudolphResult(o.report(), o.results(), sections, runs.used().size(), trainingMinutes, minutes);
  }

  private static Section views(Context ctx, Recipe.Data abc, RudolphOptions o) throws IOException {
    List<Recipe> baselines = LabelSweep.UNSUPERVISED.stream().map(m -> ctx.unsupervised(m, abc)).toList();
    Recipe sae = ctx.sae(abc, o.gammaLabels(), o.seed(), o.gamma());
    List<String> images = new ArrayList<>();
    DataRequest abcTest = new DataRequest(abc.dataset(), abc.grouping(), LabelSelection.ALL, Context.Scale.VALIDATION, o.seed(), o.limit().train(),
        o.limit().test(), List.of());
    for (Recipe b : baselines) {
      ctx.run(b);
      String method = b.method().toUpperCase(Locale.ROOT);
      images.addAll(LatentViews.write(ctx.services(), ctx.runs().runPath(b.name()), abcTest, o.out(), "views-" + b.method(),
          method + " (no labels), MNIST A/B/C test latents", o.viewPoints(), o.seed()));
    }
    ctx.run(sae);
    images.addAll(LatentViews.write(ctx.services(), ctx.runs().runPath(sae.name()), abcTest, o.out(), "views-sae" + ctx.fileSuffix(),
        "SAE (" + o.gammaLabels() + " labels), MNIST A/B/C test latents", o.viewPoints(), o.seed()));
    List<String> names = new ArrayList<>(baselines.stream().map(Recipe::name).toList());
    names.add(sae.name());
    return new Section("MNIST A/B/C: latent views, AE, AAE and VAE beside SAE (Fig. 4)",
        List.of(String.format(Locale.ROOT, "Up to %d seeded test samples (the same ones in every view) of runs %s, coloured by A/B/C"
            + " class; PCA, and Smile's t-SNE with perplexity 30.", o.viewPoints(), String.join(", ", names))),
        List.of(), List.of(), images, Map.of("runs", names));
  }
}
