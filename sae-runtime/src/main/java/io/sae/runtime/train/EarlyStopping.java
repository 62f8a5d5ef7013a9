package io.sae.runtime.train;

import io.sae.api.InvalidInputException;
import io.sae.api.training.EpochContext;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.api.training.TrainingListener;
import java.util.Locale;

/**
 * Ends training when a validation metric has not improved for {@code patience} epochs (Keras' {@code EarlyStopping}
 * with {@code restore_best_weights}: the run keeps the best epoch's weights by the same metric).
 *
 * <p>Its state is read from the history at every epoch end, never kept on the side, so a run killed and resumed
 * from its checkpoint stops at the same epoch as one that ran through.
 *
 * @param metric a validation metric of the history ({@code val_reconstruction_rmse}, {@code val_accuracy},
 *     {@code val_nearest_mean_accuracy}, ...)
 * @param patience epochs without improvement after the best one before training stops (at least 1)
 */
public record EarlyStopping(String metric, int patience) implements TrainingListener {
  /** @throws InvalidInputException when the metric is not a validation metric or the patience is below 1 */
  public EarlyStopping {
    if (metric == null || !metric.startsWith("val_")) {
      throw new InvalidInputException("early stopping watches a validation metric (val_reconstruction_rmse, val_accuracy, "
          + "val_cross_entropy, val_nearest_mean_accuracy), got '" + metric + "'");
    }
    if (patience < 1) {
      throw new InvalidInputException("early stopping needs a patience of at least 1 epoch, got " + patience);
    }
  }

  /**
   * Parses {@code METRIC:PATIENCE}, e.g. {@code val_accuracy:5}.
   *
   * @throws InvalidInputException naming what is wrong
   */
  public static EarlyStopping parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 1 || colon == text.length() - 1) {
      throw new InvalidInputException("--early-stop expects METRIC:PATIENCE, e.g. val_reconstruction_rmse:5, got '" + text + "'");
    }
    try {
      return new EarlyStopping(text.substring(0, colon).trim(), Integer.parseInt(text.substring(colon + 1).trim()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--early-stop: the patience must be a whole number of epochs, got '" + text.substring(colon + 1) + "'");
    }
  }

  /** Whether larger is better: accuracies are maximised, errors, losses and cross-entropies minimised. */
  public boolean maximize() {
    return metric.contains("accuracy");
  }

  /**
   * The 0-based epoch with the best value so far (the first of equal ones), or -1 before the metric appears.
   *
   * @throws InvalidInputException when a finished epoch lacks the metric (the model or the validation split has none)
   */
  public int bestEpoch(History history) {
    int best = -1;
    double bestValue = Double.NaN;
    for (EpochMetrics m : history.epochs()) {
      Double v = m.values().get(metric);
      if (v == null) {
        throw new InvalidInputException("--early-stop " + metric + ": epoch " + (m.epoch() + 1) + " has no such metric (it has "
            + String.join(", ", m.values().keySet().stream().filter(k -> k.startsWith("val_")).toList())
            + "; validation metrics need a validation split, --validation > 0, with visible labels)");
      }
      if (best < 0 || (maximize() ? v > bestValue : v < bestValue)) {
        best = m.epoch();
        bestValue = v;
      }
    }
    return best;
  }

  /**
   * Why training should end after the history's last epoch, or empty when it should go on: the metric has not
   * improved for {@code patience} epochs after its best one.
   */
  public java.util.Optional<String> stopReason(History history) {
    int best = bestEpoch(history);
    if (history.isEmpty() || history.last().epoch() - best < patience) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(String.format(Locale.ROOT, "%s did not improve for %d epoch%s after epoch %d", metric, patience,
        patience == 1 ? "" : "s", best + 1));
  }

  @Override
  public void onEpochEnd(EpochMetrics metrics, EpochContext context) {
    stopReason(context.history()).ifPresent(context::requestStop);
  }

  /** {@code METRIC:PATIENCE}, as parsed. */
  @Override
  public String toString() {
    return metric + ":" + patience;
  }
}
