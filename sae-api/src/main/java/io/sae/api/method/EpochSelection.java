package io.sae.api.method;

/**
 * Which epoch's weights the run keeps: the last one, or the best by a validation metric.
 *
 * @param metric a metric of the epoch history (e.g. {@code val_accuracy}); empty for the last epoch
 * @param maximize whether larger is better
 */
public record EpochSelection(String metric, boolean maximize) {
  public static final EpochSelection LAST = new EpochSelection("", false);

  public static EpochSelection best(String metric, boolean maximize) { return new EpochSelection(metric, maximize); }

  public boolean isLast() { return metric.isEmpty(); }
}
