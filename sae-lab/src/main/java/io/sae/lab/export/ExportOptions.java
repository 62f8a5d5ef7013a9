package io.sae.lab.export;

import io.sae.api.InvalidInputException;
import io.sae.tf.export.VersionedExport;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where {@link ModelExport} writes; the defaults are {@code sae export}'s.
 *
 * @param out export folder (TF Serving's model base path)
 * @param version version sub-folder to write (positive)
 * @param force replace the version if it exists (once the new one is complete)
 */
public record ExportOptions(Path out, long version, boolean force) {
  /** The version written by default. */
  public static final long DEFAULT_VERSION = 1;

  /** Checks the target folder and version. */
  public ExportOptions {
    Objects.requireNonNull(out, "out");
  }

  /** Version {@value #DEFAULT_VERSION} into {@code out}, not replacing an existing one. */
  public static ExportOptions of(Path out) {
    return new ExportOptions(out, DEFAULT_VERSION, false);
  }

  /**
   * The version folder the export would write, after checking it may: call it before expensive work (the
   * export checks again).
   *
   * @throws InvalidInputException when the version is not positive, or exists and {@code force} is false
   */
  public Path checkTarget() {
    return VersionedExport.checkTarget(out, version, force);
  }
}
