package io.sae.lab.experiment.compare;

import io.sae.api.InvalidInputException;
import io.sae.runtime.data.SampleLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of {@code sae experiment compare}; checked when built (method names are checked against the
 * registry when the experiment starts).
 *
 * @param out experiment folder
 * @param datasets datasets ({@code mnist}, {@code fashion-mnist})
 * @param methods methods to train; empty: every registered method, plugins included
 * @param labels visible-label counts the linear SVM is fitted on (methods that need labels train once per count)
 * @param seeds seeds; every method trains once per seed
 * @param epochs epochs of every run (the same budget for all)
 * @param arch network preset of every run
 * @param latent latent size of every run
 * @param settings per method, {@code --set} options that replace its defaults (reported with the results)
 * @param limit first samples of each dataset used (smoke runs)
 */
public record CompareOptions(Path out, List<String> datasets, List<String> methods, List<Integer> labels, List<Long> seeds, int epochs, String arch,
    int latent, Map<String, Map<String, String>> settings, SampleLimit limit) {

  /** The datasets the comparison knows. */
  public static final List<String> DATASETS = List.of("mnist", "fashion-mnist");

  /** @throws InvalidInputException naming the setting out of range */
  public CompareOptions {
    datasets = List.copyOf(datasets);
    methods = List.copyOf(methods);
    labels = List.copyOf(labels);
    seeds = List.copyOf(seeds);
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    settings.forEach((m, s) -> copy.put(m, Map.copyOf(s)));
    settings = java.util.Collections.unmodifiableMap(copy);
    if (datasets.isEmpty() || !DATASETS.containsAll(datasets)) {
      throw new InvalidInputException("--datasets takes " + String.join(" and ", DATASETS) + ", got " + datasets);
    }
    if (labels.isEmpty() || labels.stream().anyMatch(l -> l < 1)) {
      throw new InvalidInputException("--labels must be positive counts, got " + labels);
    }
    for (int i = 1; i < labels.size(); i++) {
      if (labels.get(i) <= labels.get(i - 1)) {
        throw new InvalidInputException("--labels must be ascending without repeats, got " + labels);
      }
    }
    if (seeds.isEmpty() || new HashSet<>(seeds).size() != seeds.size()) {
      throw new InvalidInputException("--seeds must be distinct, at least one, got " + seeds);
    }
    if (new HashSet<>(methods).size() != methods.size()) {
      throw new InvalidInputException("--methods names a method twice: " + methods);
    }
    if (epochs < 1 || latent < 1) {
      throw new InvalidInputException("--epochs and --latent must be positive, got " + epochs + " and " + latent);
    }
    for (String m : settings.keySet()) {
      if (!methods.isEmpty() && !methods.contains(m)) {
        throw new InvalidInputException("--set " + m + ":... names a method not in --methods " + String.join(",", methods));
      }
    }
  }

  /** The defaults of {@code sae experiment compare} into {@code out}: both datasets, every method, 600 and 6,000 labels, seeds 1-3. */
  public static CompareOptions defaults(Path out) {
    return new CompareOptions(out, DATASETS, List.of(), List.of(600, 6000), List.of(1L, 2L, 3L), 20, "conv", 10, Map.of(), SampleLimit.NONE);
  }

  /**
   * {@code METHOD:KEY=VALUE} items (the {@code --set} values of {@code sae experiment compare}) by method; a malformed
   * or repeated one is refused, not guessed at.
   */
  public static Map<String, Map<String, String>> parseSettings(List<String> items) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String item : items) {
      int colon = item.indexOf(':');
      int eq = item.indexOf('=', colon + 1);
      if (colon < 1 || eq < colon + 2) {
        throw new InvalidInputException("--set takes METHOD:KEY=VALUE, got '" + item + "'");
      }
      String key = item.substring(colon + 1, eq);
      if (out.computeIfAbsent(item.substring(0, colon), k -> new LinkedHashMap<>()).put(key, item.substring(eq + 1)) != null) {
        throw new InvalidInputException("--set gives " + item.substring(0, colon) + ":" + key + " twice");
      }
    }
    return out;
  }

  /** The {@code sae experiment compare} arguments that run this experiment. */
  public List<String> arguments() {
    List<String> a = new ArrayList<>(List.of("--out", out.toString(), "--datasets", String.join(",", datasets)));
    if (!methods.isEmpty()) {
      a.addAll(List.of("--methods", String.join(",", methods)));
    }
    a.addAll(List.of("--labels", String.join(",", labels.stream().map(String::valueOf).toList()), "--seeds",
        String.join(",", seeds.stream().map(String::valueOf).toList()), "--epochs", String.valueOf(epochs), "--arch", arch, "--latent",
        String.valueOf(latent)));
    settings.forEach((m, s) -> s.forEach((k, v) -> a.addAll(List.of("--set", m + ":" + k + "=" + v))));
    if (!limit.equals(SampleLimit.NONE)) {
      a.addAll(List.of("--limit", limit.text()));
    }
    return a;
  }
}
