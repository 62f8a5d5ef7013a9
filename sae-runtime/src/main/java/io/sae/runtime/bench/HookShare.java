package io.sae.runtime.bench;

import java.util.List;

/**
 * How much of each epoch a structuring method's host hook took, with every sample labelled.
 *
 * @param method the method's name
 * @param arch the architecture it trained
 * @param samples labelled training samples
 * @param epochs one entry per epoch
 */
public record HookShare(String method, String arch, int samples, List<HookEpoch> epochs) {
  /** Keeps an unmodifiable copy of the epochs. */
  public HookShare {
    epochs = List.copyOf(epochs);
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
