package io.sae.runtime.bench;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One epoch of the hook measurement.
 *
 * @param epoch the epoch number as training reports it
 * @param refreshed whether a hook of the plan refreshed before this epoch (the trainer always refreshes before the first)
 * @param hookSeconds time the method's host hook took (encode + host work); 0 when it did not refresh
 * @param trainSeconds time of the mini-batch loop
 * @param parts the hook's own timing of its parts, as it reported them (metrics {@code hook_*_seconds}, without the
 *     prefix: e.g. {@code grouping_seconds}, {@code neighbour_seconds}, {@code shift_seconds} of a shift); the rest of
 *     {@code hookSeconds} is encoding the rows and the trainer's bookkeeping
 */
public record HookEpoch(int epoch, boolean refreshed, double hookSeconds, double trainSeconds, Map<String, Double> parts) {
  /** Keeps an ordered, unmodifiable copy of the parts. */
  public HookEpoch {
    parts = Collections.unmodifiableMap(new TreeMap<>(parts));
  }

  /** An epoch whose hook reported no parts. */
  public HookEpoch(int epoch, boolean refreshed, double hookSeconds, double trainSeconds) {
    this(epoch, refreshed, hookSeconds, trainSeconds, Map.of());
  }

  /** The hook's share of the epoch, in percent. */
  public double hookPercent() {
    return 100 * hookSeconds / (trainSeconds + hookSeconds);
  }
}
