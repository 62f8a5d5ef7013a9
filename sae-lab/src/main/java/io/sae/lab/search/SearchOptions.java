package io.sae.lab.search;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link LatentSearch} ranks; the defaults are {@code sae search}'s.
 *
 * @param query what to rank against
 * @param top how many results (at least 1)
 * @param boundary b_c, the similarity on a cluster's edge (paper 003, Eq. 12)
 * @param sheet contact sheet to write, or null for {@code search.png} in the index folder
 */
public record SearchOptions(SearchQuery query, int top, double boundary, Path sheet) {
  /** How many results by default. */
  public static final int DEFAULT_TOP = 10;
  /** The paper's b_c. */
  public static final double DEFAULT_BOUNDARY = 0.79;

  /** @throws InvalidInputException when {@code top} is below 1 */
  public SearchOptions {
    Objects.requireNonNull(query, "query");
    if (top < 1) {
      throw new InvalidInputException("--top must be at least 1, got " + top);
    }
  }

  /** The defaults for {@code query}. */
  public static SearchOptions of(SearchQuery query) {
    return new SearchOptions(query, DEFAULT_TOP, DEFAULT_BOUNDARY, null);
  }
}
