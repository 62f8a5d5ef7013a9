package io.sae.lab.morph;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Morph} morphs; the defaults are {@code sae morph}'s.
 *
 * @param from class (after grouping) to start from
 * @param to class to move towards
 * @param steps steps from t = 0 to t = 1, both included (at least 2)
 * @param count test samples to morph: the first of class {@code from} (at least 1)
 * @param out PNG to write, or null for {@code RUN/morph-FROM-TO.png}
 */
public record MorphOptions(String from, String to, int steps, int count, Path out) {
  /** Steps by default. */
  public static final int DEFAULT_STEPS = 8;
  /** Samples by default. */
  public static final int DEFAULT_COUNT = 8;

  /** @throws InvalidInputException when {@code steps} is below 2 or {@code count} below 1 */
  public MorphOptions {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (steps < 2 || count < 1) {
      throw new InvalidInputException("--steps must be at least 2 and --count at least 1");
    }
  }

  /** The defaults for morphing {@code from} towards {@code to}. */
  public static MorphOptions of(String from, String to) {
    return new MorphOptions(from, to, DEFAULT_STEPS, DEFAULT_COUNT, null);
  }
}
