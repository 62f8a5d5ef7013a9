package io.sae.lab.export;

import java.nio.file.Path;
import java.util.List;

/**
 * A SavedModel {@link ModelExport} wrote.
 *
 * @param dir the version folder
 * @param tag the SavedModel tag (serve)
 * @param signatures the signatures written
 * @param classifyExported whether a {@code classify} signature was written
 * @param classifierNote what the classifier is, or why there is none
 */
public record ExportResult(Path dir, String tag, List<ExportedSignature> signatures, boolean classifyExported, String classifierNote) {
  /** Keeps an unmodifiable copy of the signatures. */
  public ExportResult {
    signatures = List.copyOf(signatures);
  }
}
