package io.sae.runtime.bench;

/**
 * The epochs from one hook refresh up to the next (a shifting method's stage; one epoch for a hook that refreshes
 * every epoch), the unit whose share of host work {@code sae bench} holds to {@value HookShare#LIMIT_PERCENT}%.
 *
 * @param firstEpoch its first epoch (0-based, as training reports it)
 * @param epochs how many epochs it has
 * @param hookSeconds host time of the refresh before its first epoch
 * @param trainSeconds time of its epochs' mini-batch loops
 */
public record HookStage(int firstEpoch, int epochs, double hookSeconds, double trainSeconds) {
  /** The hook's share of the stage (refresh + its epochs), in percent. */
  public double hookPercent() {
    return 100 * hookSeconds / (trainSeconds + hookSeconds);
  }
}
