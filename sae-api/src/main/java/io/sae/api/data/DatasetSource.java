package io.sae.api.data;

import java.io.IOException;

/**
 * A named dataset that plugins register (e.g. {@code mnist}): it knows where its files come from, fetches
 * and verifies them on first use, and loads its official train/test split.
 */
public interface DatasetSource {
  /** Registry name, e.g. {@code mnist}. */
  String name();

  /** One line for {@code sae datasets}: what it is, size, where it comes from. */
  String description();

  /** Whether the files are already in the cache (no fetching needed). */
  boolean isCached(DataContext context);

  /** Why the cached files cannot be used (corrupt, another file), or empty when they verify or are not cached. */
  default java.util.Optional<String> cacheProblem(DataContext context) throws java.io.IOException { return java.util.Optional.empty(); }

  /**
   * Loads the split, fetching into {@link DataContext#cacheDir()} first when needed.
   *
   * @throws io.sae.api.InvalidInputException when no source is reachable or a file fails verification
   */
  DatasetSplit load(DataContext context) throws IOException;
}
