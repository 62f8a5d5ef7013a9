package io.sae.runtime.data;

import io.sae.api.InvalidInputException;

/**
 * The {@code --limit TRAIN[,TEST]} option: use only the first samples of each split, for quick runs and tests.
 *
 * @param train first training samples to use (0: all)
 * @param test first test samples to use (0: all)
 */
public record SampleLimit(int train, int test) {
  /** No limit. */
  public static final SampleLimit NONE = new SampleLimit(0, 0);

  /** Parses {@code TRAIN} or {@code TRAIN,TEST}; null means no limit. */
  public static SampleLimit parse(String text) {
    if (text == null) {
      return NONE;
    }
    String[] parts = text.split(",", -1); // keep a trailing empty part: "200," is an error, not "200"
    try {
      if (parts.length > 2) {
        throw new NumberFormatException();
      }
      int train = Integer.parseInt(parts[0].trim());
      int test = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : 0;
      // a count of 0 given by the user would mean "all" internally: refuse it rather than reinterpret it
      if (train < 1 || (parts.length == 2 && test < 1)) {
        throw new NumberFormatException();
      }
      return new SampleLimit(train, test);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--limit expects TRAIN or TRAIN,TEST sample counts of at least 1 (leave out ',TEST' to keep"
          + " every test sample), got '" + text + "'");
    }
  }

  /** The {@code --limit} value that {@link #parse}s back to this limit: {@code TRAIN}, or {@code TRAIN,TEST} with a test limit. */
  public String text() {
    return test == 0 ? String.valueOf(train) : train + "," + test;
  }
}
