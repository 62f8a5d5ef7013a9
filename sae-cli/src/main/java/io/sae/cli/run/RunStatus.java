package io.sae.cli.run;

/**
 * The state of a run, written to {@code status.json} whenever it changes.
 *
 * @param state {@code training}, {@code complete} or {@code failed}
 * @param epochsDone finished epochs
 * @param epochs planned epochs
 * @param selectedEpoch 0-based epoch whose weights were kept (-1 until complete)
 * @param selection how it was chosen ({@code last} or {@code best val_accuracy}, ...)
 * @param message why it failed, or empty
 * @param updated ISO-8601 time of this status
 */
public record RunStatus(String state, int epochsDone, int epochs, int selectedEpoch, String selection, String message, String updated) {
  public static final String TRAINING = "training";
  public static final String COMPLETE = "complete";
  public static final String FAILED = "failed";

  public boolean complete() {
    return COMPLETE.equals(state);
  }
}
