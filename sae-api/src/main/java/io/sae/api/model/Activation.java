package io.sae.api.model;

import io.sae.api.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Element-wise activations a network spec may name. */
public enum Activation {
  LINEAR,
  RELU,
  SIGMOID,
  TANH;

  /** Parses {@code relu}, {@code sigmoid}, ... (case-insensitive). */
  public static Activation parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "unknown activation '" + text + "' (expected one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ")");
    }
  }

  public String id() { return name().toLowerCase(Locale.ROOT); }
}
