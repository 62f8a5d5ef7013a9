package io.sae.runtime.encode;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The latent codes {@link Encoding} wrote.
 *
 * @param latents the file written (.npy or .csv; a CSV also holds the labels)
 * @param labels the int32 labels file next to a .npy, or empty for CSV
 * @param rows samples encoded
 * @param cols latent size
 * @param seconds wall time of encoding (not of writing)
 */
public record EncodeResult(Path latents, Optional<Path> labels, int rows, int cols, double seconds) {
  /** Encoding throughput. */
  public double samplesPerSecond() {
    return rows / seconds;
  }
}
