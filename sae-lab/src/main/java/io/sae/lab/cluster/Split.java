package io.sae.lab.cluster;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.runtime.data.PreparedData;
import java.util.Locale;

/** Which split of a run's data is clustered. */
public enum Split {
  /** The whole training split (labelled or not). */
  TRAIN,
  /** The test split. */
  TEST;

  /** The option value, {@code train} or {@code test}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This split of {@code data}. */
  public Dataset of(PreparedData data) {
    return this == TRAIN ? data.fullTrain() : data.test();
  }

  /**
   * Parses a {@code --split} value.
   *
   * @throws InvalidInputException for anything but {@code train} or {@code test}
   */
  public static Split parse(String text) {
    for (Split s : values()) {
      if (s.text().equals(text)) {
        return s;
      }
    }
    throw new InvalidInputException("--split must be train or test, got '" + text + "'");
  }
}
