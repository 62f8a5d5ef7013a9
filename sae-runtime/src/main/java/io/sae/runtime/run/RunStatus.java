package io.sae.runtime.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.sae.api.InvalidInputException;
import java.util.Locale;

/**
 * The state of a run, written to {@code status.json} whenever it changes.
 *
 * @param state training, complete or failed
 * @param epochsDone finished epochs
 * @param epochs planned epochs
 * @param selectedEpoch 0-based epoch whose weights were kept (-1 until complete)
 * @param selection how it was chosen ({@code last epoch} or {@code best val_accuracy}, ...)
 * @param message why it failed, or empty
 * @param updated ISO-8601 time of this status
 */
public record RunStatus(State state, int epochsDone, int epochs, int selectedEpoch, String selection, String message, String updated) {
  /** @throws InvalidInputException without a state; a missing selection or message reads as empty */
  public RunStatus {
    if (state == null) {
      throw new InvalidInputException("a run status needs a state (training, complete or failed)");
    }
    selection = selection == null ? "" : selection;
    message = message == null ? "" : message; // status files written by hand or by older code may lack it
  }

  /** Where a run is; written in lower case ({@code "training"}, {@code "complete"}, {@code "failed"}). */
  public enum State {
    /** Training has started and not ended (or the process was killed). */
    TRAINING,
    /** Every epoch ran and the kept weights are written. */
    COMPLETE,
    /** Training stopped with an error; the last finished epoch's checkpoint is kept. */
    FAILED;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The state written as {@code text}; anything else is a corrupt status file. */
    @JsonCreator
    public static State of(String text) {
      for (State s : values()) {
        if (s.toString().equals(text)) {
          return s;
        }
      }
      throw new InvalidInputException("unknown run state '" + text + "' (expected training, complete or failed)");
    }
  }

  /** Whether training completed and the kept weights are written. */
  public boolean complete() {
    return state == State.COMPLETE;
  }
}
