package io.sae.runtime.encode;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Encoding} encodes and where it writes; the defaults are {@code sae encode}'s.
 *
 * @param split {@code train} (every training sample, validation included) or {@code test}
 * @param out file ending in {@code .npy} (latents; labels go to {@code NAME-labels.npy}) or {@code .csv} (latents and a label column)
 */
public record EncodeOptions(String split, Path out) {
  /** The split encoded by default. */
  public static final String DEFAULT_SPLIT = "test";

  /** @throws InvalidInputException when {@code out} ends in neither .npy nor .csv */
  public EncodeOptions {
    Objects.requireNonNull(out, "out");
    split = split == null ? DEFAULT_SPLIT : split;
    String name = out.getFileName().toString();
    if (!name.endsWith(".npy") && !name.endsWith(".csv")) {
      throw new InvalidInputException("--out must end in .npy or .csv, got " + out);
    }
  }

  /** The test split into {@code out}. */
  public static EncodeOptions of(Path out) {
    return new EncodeOptions(DEFAULT_SPLIT, out);
  }

  /** Whether {@code out} is a .npy file (else CSV). */
  public boolean npy() {
    return out.getFileName().toString().endsWith(".npy");
  }
}
