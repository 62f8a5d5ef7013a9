package io.sae.lab.search;

import io.sae.api.InvalidInputException;

/**
 * What {@link LatentIndexer} indexes; the defaults are {@code sae index}'s.
 *
 * @param dataset dataset spec (name or user-data spec) to index, or null for the run's own data with its grouping
 * @param grouping grouping applied to {@code dataset} (null: none); ignored when {@code dataset} is null
 * @param split {@code train} or {@code test}
 * @param limit index only the first this many samples (0: all, or the run's own limit when {@code dataset} is null)
 */
public record IndexOptions(String dataset, String grouping, String split, int limit) {
  /** The split indexed by default: the run's held-out test samples. */
  public static final String DEFAULT_SPLIT = "test";

  /** @throws InvalidInputException when {@code limit} is negative */
  public IndexOptions {
    if (limit < 0) {
      throw new InvalidInputException("--limit must be >= 0, got " + limit);
    }
    split = split == null ? DEFAULT_SPLIT : split;
  }

  /** The run's own test split, with the run's own limit. */
  public static IndexOptions defaults() {
    return new IndexOptions(null, null, DEFAULT_SPLIT, 0);
  }
}
