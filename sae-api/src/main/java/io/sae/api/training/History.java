package io.sae.api.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metrics of every finished epoch, in order: what a user plots after training.
 *
 * @param epochs the epochs' metrics
 */
public record History(List<EpochMetrics> epochs) {
  public History { epochs = List.copyOf(epochs); }

  public static History empty() { return new History(List.of()); }

  public History plus(EpochMetrics m) {
    List<EpochMetrics> more = new ArrayList<>(epochs);
    more.add(m);
    return new History(more);
  }

  /** Every metric name that appears in some epoch. */
  public Set<String> metricNames() {
    Set<String> names = new TreeSet<>();
    epochs.forEach(e -> names.addAll(e.values().keySet()));
    return names;
  }

  /** One metric per epoch, NaN where an epoch lacks it. */
  public double[] series(String metric) {
    return epochs.stream().mapToDouble(e -> e.values().getOrDefault(metric, Double.NaN)).toArray();
  }

  public boolean isEmpty() { return epochs.isEmpty(); }

  public EpochMetrics last() { return epochs.getLast(); }
}
