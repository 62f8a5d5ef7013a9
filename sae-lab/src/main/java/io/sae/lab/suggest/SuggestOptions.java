package io.sae.lab.suggest;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;

/**
 * How many samples {@link LabelSuggestions} suggests and where it writes them; the defaults are {@code sae suggest-labels}'.
 *
 * @param count how many samples to suggest (at least 1)
 * @param out folder for {@code suggestions.csv} and {@code suggestions.png}, or null for the run folder
 */
public record SuggestOptions(int count, Path out) {
  /** How many samples by default. */
  public static final int DEFAULT_COUNT = 100;

  /** @throws InvalidInputException when {@code count} is below 1 */
  public SuggestOptions {
    if (count < 1) {
      throw new InvalidInputException("--count must be at least 1, got " + count);
    }
  }

  /** {@value #DEFAULT_COUNT} suggestions into the run folder. */
  public static SuggestOptions defaults() {
    return new SuggestOptions(DEFAULT_COUNT, null);
  }
}
