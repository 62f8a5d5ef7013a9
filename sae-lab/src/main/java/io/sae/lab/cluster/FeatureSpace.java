package io.sae.lab.cluster;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.runtime.run.OpenRun;
import java.util.Locale;

/** What a clustering or a classifier works on: the run's latent codes, or the raw inputs (the "No AE" baseline). */
public enum FeatureSpace {
  /** The run's encoder means of the samples. */
  LATENTS,
  /** The samples' raw features, untouched by the run's model. */
  INPUTS;

  /** The option value, {@code latents} or {@code inputs}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The part of a result file name that says so: empty for latents, {@code -inputs} for inputs. */
  public String fileSuffix() {
    return this == INPUTS ? "-inputs" : "";
  }

  /** The rows to work on: {@code features} as they are, or encoded by the run's model. */
  public FloatMatrix of(OpenRun run, FloatMatrix features) {
    return this == INPUTS ? features : run.model().encode(features);
  }

  /**
   * Parses an {@code --on} value.
   *
   * @throws InvalidInputException for anything but {@code latents} or {@code inputs}
   */
  public static FeatureSpace parse(String text) {
    for (FeatureSpace f : values()) {
      if (f.text().equals(text)) {
        return f;
      }
    }
    throw new InvalidInputException("--on must be latents or inputs, got '" + text + "'");
  }
}
