package io.sae.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much of its training a structuring method's host hook took, with every sample labelled: per epoch, and per
 * {@link HookStage} (the epochs from one refresh to the next), the unit the {@value #LIMIT_PERCENT}% goal is about.
 *
 * @param method the method's name
 * @param arch the architecture it trained
 * @param samples labelled training samples
 * @param settings the method options the bench set (empty: the method's defaults)
 * @param epochs one entry per epoch; the first has {@code refreshed} set
 */
public record HookShare(String method, String arch, int samples, Map<String, String> settings, List<HookEpoch> epochs) {
  /** The goal: a hook's host work is at most this share of every stage (issue 18), in percent. */
  public static final double LIMIT_PERCENT = 5;

  /** Keeps unmodifiable copies; the first epoch must be a refresh (the trainer always refreshes before it). */
  public HookShare {
    settings = Map.copyOf(settings);
    epochs = List.copyOf(epochs);
    if (epochs.isEmpty() || !epochs.getFirst().refreshed()) {
      throw new IllegalArgumentException("a hook measurement starts with a refreshed epoch, got " + epochs);
    }
  }

  /** {@code epoch} when the hook refreshes before every epoch, else {@code stage}. */
  public String unit() {
    return epochs.stream().allMatch(HookEpoch::refreshed) ? "epoch" : "stage";
  }

  /** The epochs grouped from each refresh up to the next. */
  public List<HookStage> stages() {
    List<HookStage> out = new ArrayList<>();
    int i = 0;
    while (i < epochs.size()) {
      HookEpoch first = epochs.get(i);
      double train = 0;
      int j = i;
      do {
        train += epochs.get(j++).trainSeconds();
      } while (j < epochs.size() && !epochs.get(j).refreshed());
      out.add(new HookStage(first.epoch(), j - i, first.hookSeconds(), train));
      i = j;
    }
    return out;
  }

  /** The largest share of one stage, in percent. */
  public double maxStagePercent() {
    return stages().stream().mapToDouble(HookStage::hookPercent).max().orElseThrow();
  }

  /** Whether every stage's share is at most {@value #LIMIT_PERCENT}%. */
  public boolean withinLimit() {
    return maxStagePercent() <= LIMIT_PERCENT;
  }

  /** Hook time over all epochs. */
  public double hookSeconds() {
    double hook = 0;
    for (HookEpoch e : epochs) {
      hook += e.hookSeconds(); // a plain sum (not DoubleStream's compensated one), as sae bench always added
    }
    return hook;
  }

  /** Time of all epochs, hook included. */
  public double totalSeconds() {
    double total = 0;
    for (HookEpoch e : epochs) {
      total += e.trainSeconds() + e.hookSeconds(); // per epoch first, as the table's rows add up
    }
    return total;
  }

  /** The hook's share of all epochs, in percent. */
  public double hookPercent() {
    return 100 * hookSeconds() / totalSeconds();
  }
}
