package io.sae.runtime.bench;

/**
 * One epoch of the hook measurement.
 *
 * @param epoch the epoch number as training reports it
 * @param refreshed whether a hook of the plan refreshed before this epoch (the trainer always refreshes before the first)
 * @param hookSeconds time the method's host hook took (encode + host work); 0 when it did not refresh
 * @param trainSeconds time of the mini-batch loop
 */
public record HookEpoch(int epoch, boolean refreshed, double hookSeconds, double trainSeconds) {
  /** The hook's share of the epoch, in percent. */
  public double hookPercent() {
    return 100 * hookSeconds / (trainSeconds + hookSeconds);
  }
}
