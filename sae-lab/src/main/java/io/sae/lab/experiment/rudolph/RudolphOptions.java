package io.sae.lab.experiment.rudolph;

import io.sae.api.InvalidInputException;
import io.sae.runtime.data.SampleLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settings of paper 001's experiment ({@code sae experiment rudolph}); checked when built.
 *
 * @param out experiment folder
 * @param parts parts to run, in order (see {@link #PARTS})
 * @param epochs epochs of every ae and sae run
 * @param classifierEpochs least epochs of a classifier baseline
 * @param classifierSteps least optimizer steps of a classifier baseline
 * @param labels label counts ("all" or a count) of the label sweep
 * @param gamma sae gamma on MNIST (labels, guided, views)
 * @param gammas gamma sweep values
 * @param gammaLabels labels of the gamma sweep, seeds and views
 * @param guidedStart labels before guided labelling (a count)
 * @param guidedAdd labels revealed by guided or random choice
 * @param guidedEpochs epochs trained after revealing them
 * @param guidedSeeds seeds of the guided-labelling runs
 * @param seeds seeds of the seeds part
 * @param fashionLabels labels of the Fashion-MNIST rows
 * @param fashionGamma sae gamma on Fashion-MNIST
 * @param syntheticLabels labels of the synthetic row
 * @param syntheticEpochs epochs of the synthetic ae and sae runs
 * @param syntheticGamma sae gamma on the synthetic vectors (the paper found a far smaller one, ~0.004, for its vector data)
 * @param viewPoints test samples per latent view
 * @param limit first samples of each dataset used (smoke runs)
 * @param seed seed of every run but the guided-labelling seeds
 * @param weighting the loss weighting of every sae run (see {@link #WEIGHTINGS}); the gammas mean different strengths under each
 */
public record RudolphOptions(
    Path out,
    List<String> parts,
    int epochs,
    int classifierEpochs,
    int classifierSteps,
    List<String> labels,
    double gamma,
    List<Double> gammas,
    String gammaLabels,
    String guidedStart,
    int guidedAdd,
    int guidedEpochs,
    List<Long> guidedSeeds,
    List<Long> seeds,
    String fashionLabels,
    double fashionGamma,
    String syntheticLabels,
    int syntheticEpochs,
    double syntheticGamma,
    int viewPoints,
    SampleLimit limit,
    long seed,
    String weighting) {

  /** The parts of the experiment. */
  public static final Set<String> PARTS = Set.of("labels", "seeds", "confidence", "gamma", "guided", "views", "fashion", "synthetic");

  /**
   * sae's loss weightings: {@code batch-means} (each term the mean over its own samples of the batch, reconstruction weighted
   * 1 - gamma for every sample) and {@code eq3} (paper 001's Eq. 3 per sample: labelled gamma * L_S + (1 - gamma) * L_AE,
   * unlabelled L_AE).
   */
  public static final List<String> WEIGHTINGS = List.of("batch-means", "eq3");
  /** sae's default weighting: its runs and files keep the names and options they had before the weighting was a setting. */
  public static final String DEFAULT_WEIGHTING = WEIGHTINGS.get(0);

  /** @throws InvalidInputException naming the first setting out of range */
  public RudolphOptions {
    parts = List.copyOf(parts);
    labels = List.copyOf(labels);
    gammas = List.copyOf(gammas);
    guidedSeeds = List.copyOf(guidedSeeds);
    seeds = List.copyOf(seeds);
    for (String p : parts) {
      if (!PARTS.contains(p)) {
        throw new InvalidInputException("unknown part '" + p + "' in --parts; known: " + String.join(", ", new TreeSet<>(PARTS)));
      }
    }
    if (epochs < 1 || syntheticEpochs < 1 || classifierEpochs < 1 || classifierSteps < 0 || guidedEpochs < 1 || guidedAdd < 1 || viewPoints < 100) {
      throw new InvalidInputException("--epochs, --synthetic-epochs, --classifier-epochs, --guided-epochs and --guided-add must be positive,"
          + " --classifier-steps non-negative and --view-points at least 100");
    }
    for (String n : concat(labels, List.of(gammaLabels, guidedStart, fashionLabels, syntheticLabels))) {
      checkCount(n);
    }
    if (!WEIGHTINGS.contains(weighting)) {
      throw new InvalidInputException("--weighting takes " + String.join(" or ", WEIGHTINGS) + ", got '" + weighting + "'");
    }
    if (guidedStart.equals("all")) {
      throw new InvalidInputException("--guided-start must be a count: with all labels visible there is nothing to add");
    }
    for (double g : concat(gammas, List.of(gamma, fashionGamma, syntheticGamma))) {
      if (!(g >= 0 && g <= 1)) {
        throw new InvalidInputException("gammas must be in [0, 1], got " + g);
      }
    }
  }

  /** The defaults of {@code sae experiment rudolph}, into {@code out}: the full scale, about an hour on 2 CPU cores. */
  public static RudolphOptions defaults(Path out) {
    return new RudolphOptions(out, List.of("labels", "seeds", "confidence", "gamma", "guided", "views", "fashion", "synthetic"), 20, 30, 5000,
        List.of("600", "1000", "3000", "6000", "all"), 0.5, List.of(0.0, 0.25, 0.5, 0.75, 0.9, 1.0), "6000", "600", 100, 10, List.of(1L, 2L, 3L),
        List.of(1L, 2L, 3L), "6000", 0.75, "1000", 100, 0.5, 2000, SampleLimit.NONE, 1, DEFAULT_WEIGHTING);
  }

  /** The {@code sae experiment rudolph} arguments that run this experiment. */
  public List<String> arguments() {
    List<String> a = new ArrayList<>(List.of("--out", out.toString(), "--parts", String.join(",", parts), "--epochs", String.valueOf(epochs),
        "--classifier-epochs", String.valueOf(classifierEpochs), "--classifier-steps", String.valueOf(classifierSteps),
        "--labels", String.join(",", labels), "--gamma", Recipe.trim(gamma), "--gammas", joined(gammas), "--gamma-labels", gammaLabels,
        "--guided-start", guidedStart, "--guided-add", String.valueOf(guidedAdd), "--guided-epochs", String.valueOf(guidedEpochs),
        "--guided-seeds", joined(guidedSeeds), "--seeds", joined(seeds), "--fashion-labels", fashionLabels,
        "--fashion-gamma", Recipe.trim(fashionGamma), "--synthetic-labels", syntheticLabels, "--synthetic-epochs", String.valueOf(syntheticEpochs),
        "--synthetic-gamma", Recipe.trim(syntheticGamma),
        "--view-points", String.valueOf(viewPoints)));
    if (!limit.equals(SampleLimit.NONE)) {
      a.addAll(List.of("--limit", limitText(limit)));
    }
    a.addAll(List.of("--seed", String.valueOf(seed), "--weighting", weighting));
    return a;
  }

  /** The report this experiment writes: {@code OUT/rudolph.md}, or {@code OUT/rudolph-eq3.md} under eq3. */
  public Path report() {
    return out.resolve("rudolph" + fileSuffix(weighting) + ".md");
  }

  /** The numbers as JSON: {@code OUT/results.json}, or {@code OUT/results-eq3.json} under eq3. */
  public Path results() {
    return out.resolve("results" + fileSuffix(weighting) + ".json");
  }

  /**
   * What the files written for one weighting carry in their names: nothing for the default, {@code -eq3} for eq3, so both
   * weightings can share one folder (and its ae and classifier runs) without overwriting each other's report and plots.
   */
  static String fileSuffix(String weighting) {
    return weighting.equals(DEFAULT_WEIGHTING) ? "" : "-" + weighting;
  }

  /** {@code --limit}'s value for {@code l} ({@code all} for none), as results.json records it. */
  static String limitText(SampleLimit l) {
    if (l.equals(SampleLimit.NONE)) {
      return "all";
    }
    return l.text();
  }

  private static String joined(List<? extends Number> values) {
    return values.stream().map(v -> v instanceof Double d ? Recipe.trim(d) : String.valueOf(v)).collect(Collectors.joining(","));
  }

  private static void checkCount(String n) {
    if (n.equals("all")) {
      return;
    }
    try {
      if (Integer.parseInt(n) < 1) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException(String.format(Locale.ROOT, "label counts must be positive numbers or 'all', got '%s'", n));
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
