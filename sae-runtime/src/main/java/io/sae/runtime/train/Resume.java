package io.sae.runtime.train;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Continues an interrupted (or finished) run from its last finished epoch, with the settings in its
 * {@code config.json}.
 *
 * @param run the run folder
 * @param epochs the new total number of epochs, or empty to keep the configured one
 */
public record Resume(Path run, OptionalInt epochs) {
  /** Resumes {@code run} to its configured number of epochs. */
  public static Resume of(Path run) {
    return new Resume(run, OptionalInt.empty());
  }

  /** Resumes {@code run} and trains until {@code totalEpochs} epochs are done. */
  public static Resume of(Path run, int totalEpochs) {
    return new Resume(run, OptionalInt.of(totalEpochs));
  }
}
