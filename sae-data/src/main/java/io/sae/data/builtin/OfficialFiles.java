package io.sae.data.builtin;

import io.sae.api.data.DataContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A built-in dataset made of official files whose SHA-256 the project knows, so that a user can supply them from a
 * folder ({@code sae datasets fetch NAME --from DIR}) where the usual fetch (npm, apt) is not available.
 */
public interface OfficialFiles {
  /** The files the dataset needs, each as "name (SHA-256 hex)". */
  List<String> officialFiles();

  /**
   * Copies the dataset's files from {@code dir} into the cache, each verified by SHA-256 before it enters the cache;
   * files already in the cache with the right hash are kept. All or nothing: when a needed file is missing from
   * {@code dir} or has another hash, nothing is installed.
   *
   * @return how many files were installed (0 when the cache was already complete and verified)
   * @throws io.sae.api.InvalidInputException naming every missing and every mismatching file (one line)
   */
  int installFrom(Path dir, DataContext context) throws IOException;
}
