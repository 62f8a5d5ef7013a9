package io.sae.spark.sweep;

import io.sae.api.InvalidInputException;
import io.sae.data.LabelSelection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep: every combination of method options x label counts x seeds, each a run of the same base settings.
 *
 * @param base what every run shares
 * @param options the option sets (the grid's option axis; one empty map for none)
 * @param labels label counts ({@link LabelSelection#ALL} for all)
 * @param seeds seeds (the repetitions of each grid point)
 */
public record SweepGrid(Base base, List<Map<String, String>> options, List<Integer> labels, List<Long> seeds) implements Serializable {

  /**
   * The settings every run of the sweep shares.
   *
   * @param method a registered method name
   * @param dataset a dataset name or user data spec, readable on every executor
   * @param architecture network spec, or null for the method's default
   * @param latent latent size
   * @param epochs epochs per run
   * @param batchSize mini-batch size, or 0 for the default
   * @param limitTrain first this many training samples (0: all)
   * @param limitTest first this many test samples (0: all)
   */
  public record Base(String method, String dataset, String architecture, int latent, int epochs, int batchSize, int limitTrain,
      int limitTest) implements Serializable {}

  /** @throws InvalidInputException when an axis is empty or a value repeats */
  public SweepGrid {
    options = List.copyOf(options);
    labels = List.copyOf(labels);
    seeds = List.copyOf(seeds);
    if (options.isEmpty() || labels.isEmpty() || seeds.isEmpty()) {
      throw new InvalidInputException("a sweep needs at least one option set, one label count and one seed");
    }
    if (labels.stream().distinct().count() != labels.size() || seeds.stream().distinct().count() != seeds.size()
        || options.stream().distinct().count() != options.size()) {
      throw new InvalidInputException("a sweep's option sets, label counts and seeds must not repeat");
    }
  }

  /**
   * The option sets of {@code axes}: every combination of one value per key ({@code gamma -> [0.1, 0.5]} and
   * {@code k -> [2, 3]} give 4 sets), in the order given.
   */
  public static List<Map<String, String>> combinations(Map<String, List<String>> axes) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (var axis : axes.entrySet()) {
      if (axis.getValue().isEmpty()) {
        throw new InvalidInputException("--grid " + axis.getKey() + " has no values");
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> m : out) {
        for (String v : axis.getValue()) {
          Map<String, String> c = new LinkedHashMap<>(m);
          c.put(axis.getKey(), v);
          next.add(c);
        }
      }
      out = next;
    }
    return out;
  }

  /** The runs, options outermost and seeds innermost; names are unique within the sweep. */
  public List<SweepPoint> points() {
    List<SweepPoint> out = new ArrayList<>();
    for (Map<String, String> o : options) {
      for (int l : labels) {
        for (long s : seeds) {
          SweepPoint p = new SweepPoint("", o, l, s, base);
          String name = base.method() + (o.isEmpty() ? "" : "-" + p.optionsText()) + "-labels" + p.labelsText() + "-seed" + s;
          out.add(new SweepPoint(name.replaceAll("[^A-Za-z0-9._=,-]", "_"), o, l, s, base));
        }
      }
    }
    return out;
  }
}
