package io.sae.runtime.train;

import io.sae.api.InvalidInputException;
import io.sae.data.LabelSelection;
import io.sae.runtime.train.EarlyStopping;
import io.sae.runtime.data.InMemoryDataset;
import io.sae.runtime.data.SampleLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to train: a new run of a method on a dataset, with the defaults of {@code sae train}. Immutable; every
 * {@code with}-style method returns a changed copy, so a base request can be shared:
 *
 * <pre>{@code
 * Training t = Training.of("sae").dataset("mnist").labels(600).epochs(20).set("gamma", "0.5").seed(1).into(dir);
 * }</pre>
 *
 * @param method the method's registered name
 * @param options method options ({@code --set KEY=VALUE}); unset ones take the method's defaults
 * @param dataset a registered dataset name, a user-data spec ({@code csv:FILE}, ...) or an in-memory dataset's name
 * @param inMemory the in-memory data behind {@code dataset}, or null
 * @param grouping a grouping name or file, or null
 * @param labels visible training labels, {@link LabelSelection#ALL} for all
 * @param validation share of the visible labels held out for validation
 * @param limit use only the first samples of each split
 * @param addLabels training-set indices whose labels are revealed on top of the selection
 * @param initFrom a completed run whose kept weights the training starts from, or null
 * @param architecture network spec, or null for the default (conv for images, dense for vectors)
 * @param latent latent dimension
 * @param epochs number of epochs
 * @param batchSize mini-batch size
 * @param learningRate Adam learning rate
 * @param seed seed of labels, initialisation, shuffling and noise
 * @param out the run folder to create, or null for {@code runs/METHOD-DATASET-TIME}
 * @param earlyStop stop when a validation metric stops improving (and keep its best epoch), or null to run every epoch
 */
public record Training(
    String method,
    Map<String, String> options,
    String dataset,
    InMemoryDataset inMemory,
    String grouping,
    int labels,
    double validation,
    SampleLimit limit,
    List<Integer> addLabels,
    Path initFrom,
    String architecture,
    int latent,
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    Path out,
    EarlyStopping earlyStop) {

  /** Copies the options and added labels; @throws InvalidInputException without a method or with a label count below 1 */
  public Training {
    if (method == null || method.isBlank()) {
      throw new InvalidInputException("a training needs a method (see 'sae methods')");
    }
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    addLabels = List.copyOf(addLabels);
    if (labels != LabelSelection.ALL && labels < 1) {
      throw new InvalidInputException("--labels must be a positive count or 'all', got " + labels);
    }
  }

  /** A training of {@code method} with every default of {@code sae train}; the dataset is still to be set. */
  public static Training of(String method) {
    return new Training(method, Map.of(), null, null, null, LabelSelection.ALL, 0.1, SampleLimit.NONE, List.of(), null, null, 10, 10, 128,
        0.001, 1, null, null);
  }

  /** On a built-in dataset ({@code mnist}, ...) or user data ({@code csv:FILE}, {@code npy:FILE}, {@code idx:FILE}, {@code images:DIR}). */
  public Training dataset(String nameOrSpec) {
    return with(d -> { d.dataset = nameOrSpec; d.inMemory = null; });
  }

  /** On data held in memory. */
  public Training dataset(InMemoryDataset data) {
    return with(d -> { d.dataset = data.name(); d.inMemory = data; });
  }

  /** Sets a method option ({@code --set KEY=VALUE}). */
  public Training set(String key, Object value) {
    Map<String, String> more = new LinkedHashMap<>(options);
    more.put(key, String.valueOf(value));
    return withOptions(more);
  }

  /** Replaces all method options. */
  public Training withOptions(Map<String, String> newOptions) {
    return with(d -> d.options = newOptions);
  }

  /** Groups classes: a grouping name ({@code mnist-abc}) or a JSON/YAML file; null for none. */
  public Training grouping(String nameOrFile) {
    return with(d -> d.grouping = nameOrFile);
  }

  /** Lets the method see the labels of {@code n} training samples, chosen stratified with the seed. */
  public Training labels(int n) {
    return with(d -> d.labels = n);
  }

  /** Lets the method see every training label. */
  public Training allLabels() {
    return labels(LabelSelection.ALL);
  }

  /** The share of the visible labels held out for validation (default 0.1). */
  public Training validation(double share) {
    return with(d -> d.validation = share);
  }

  /** Uses only the first {@code train} training and {@code test} test samples (0: all). */
  public Training limit(int train, int test) {
    return with(d -> d.limit = new SampleLimit(train, test));
  }

  /** Uses only the first samples of each split. */
  public Training limit(SampleLimit newLimit) {
    return with(d -> d.limit = newLimit);
  }

  /** Reveals the labels of these training samples too (e.g. those 'sae suggest-labels' proposed). */
  public Training addLabels(List<Integer> trainIndices) {
    return with(d -> d.addLabels = trainIndices);
  }

  /** Starts from the kept weights of a completed run instead of fresh ones. */
  public Training initFrom(Path run) {
    return with(d -> d.initFrom = run);
  }

  /** The network: a preset ({@code conv}, {@code dense}, {@code dec}, ...) or a custom spec; null for the default. */
  public Training architecture(String spec) {
    return with(d -> d.architecture = spec);
  }

  /** The latent dimension (default 10). */
  public Training latent(int dimension) {
    return with(d -> d.latent = dimension);
  }

  /** The number of epochs (default 10). */
  public Training epochs(int n) {
    return with(d -> d.epochs = n);
  }

  /** The mini-batch size (default 128). */
  public Training batchSize(int n) {
    return with(d -> d.batchSize = n);
  }

  /** Adam's learning rate (default 0.001). */
  public Training learningRate(double rate) {
    return with(d -> d.learningRate = rate);
  }

  /** The seed of labels, initialisation, shuffling and noise (default 1). */
  public Training seed(long newSeed) {
    return with(d -> d.seed = newSeed);
  }

  /**
   * Ends training when {@code metric} (a validation metric) has not improved for {@code patience} epochs, and keeps
   * the best epoch by it ({@code sae train --early-stop METRIC:PATIENCE}).
   */
  public Training earlyStop(String metric, int patience) {
    return earlyStop(new EarlyStopping(metric, patience));
  }

  /** Early stopping as given, or null to run every epoch. */
  public Training earlyStop(EarlyStopping stopping) {
    return with(d -> d.earlyStop = stopping);
  }

  /** The run folder to create (it must not exist or be empty). */
  public Training into(Path runFolder) {
    return with(d -> d.out = runFolder);
  }

  /**
   * The {@code sae train} arguments that make the same run (for an experiment's {@code commands.txt}). Data held in
   * memory has no command-line form; its name stands in for it.
   */
  public List<String> commandLine() {
    List<String> a = new ArrayList<>();
    a.add("train");
    add(a, "--dataset", dataset);
    add(a, "--grouping", grouping);
    if (labels != LabelSelection.ALL) {
      add(a, "--labels", String.valueOf(labels));
    }
    add(a, "--method", method);
    options.forEach((k, v) -> a.addAll(List.of("--set", k + "=" + v)));
    add(a, "--arch", architecture);
    if (latent != 10) {
      add(a, "--latent", String.valueOf(latent));
    }
    a.addAll(List.of("--epochs", String.valueOf(epochs)));
    if (batchSize != 128) {
      add(a, "--batch-size", String.valueOf(batchSize));
    }
    if (learningRate != 0.001) {
      add(a, "--learning-rate", String.valueOf(learningRate));
    }
    if (validation != 0.1) {
      add(a, "--validation", String.valueOf(validation));
    }
    a.addAll(List.of("--seed", String.valueOf(seed)));
    if (!limit.equals(SampleLimit.NONE)) {
      add(a, "--limit", limit.text());
    }
    if (!addLabels.isEmpty()) {
      add(a, "--add-labels", "FILE(" + addLabels.size() + " indices)");
    }
    add(a, "--init-from", initFrom == null ? null : initFrom.toString());
    add(a, "--early-stop", earlyStop == null ? null : earlyStop.toString());
    add(a, "--out", out == null ? null : out.toString());
    return a;
  }

  /** The fields of a request being changed; {@link #with} makes the changed copy (one place names them all). */
  private static final class Draft {
    String method;
    Map<String, String> options;
    String dataset;
    InMemoryDataset inMemory;
    String grouping;
    int labels;
    double validation;
    SampleLimit limit;
    List<Integer> addLabels;
    Path initFrom;
    String architecture;
    int latent;
    int epochs;
    int batchSize;
    double learningRate;
    long seed;
    Path out;
    EarlyStopping earlyStop;

    Draft(Training t) {
      method = t.method;
      options = t.options;
      dataset = t.dataset;
      inMemory = t.inMemory;
      grouping = t.grouping;
      labels = t.labels;
      validation = t.validation;
      limit = t.limit;
      addLabels = t.addLabels;
      initFrom = t.initFrom;
      architecture = t.architecture;
      latent = t.latent;
      epochs = t.epochs;
      batchSize = t.batchSize;
      learningRate = t.learningRate;
      seed = t.seed;
      out = t.out;
      earlyStop = t.earlyStop;
    }
  }

  private Training with(java.util.function.Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new Training(d.method, d.options, d.dataset, d.inMemory, d.grouping, d.labels, d.validation, d.limit, d.addLabels, d.initFrom, d.architecture, d.latent, d.epochs, d.batchSize, d.learningRate, d.seed, d.out, d.earlyStop);
  }

  private static void add(List<String> args, String option, String value) {
    if (value != null) {
      args.add(option);
      args.add(value);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "sae %s", String.join(" ", commandLine()));
  }
}
