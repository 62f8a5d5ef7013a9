package io.sae.lab.search;

import io.sae.api.data.FloatMatrix;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ranking {@link LatentSearch#rank} computes.
 *
 * @param description what the query is ("sample 5 (Trouser)", "image q.png", "region of class Bag")
 * @param queryLatent the query's latent
 * @param similarityVector the query's class-similarity vector (Eqs. 11-14), one value per class
 * @param hits the results, best first
 * @param queryRow the index row queried (left out of the hits), or empty
 * @param queryImage the query image as one row of grey values in [0, 1], or empty
 */
public record SearchRanking(String description, float[] queryLatent, double[] similarityVector, List<SearchHit> hits,
    OptionalInt queryRow, Optional<FloatMatrix> queryImage) {

  /** Keeps an unmodifiable copy of the hits. */
  public SearchRanking {
    hits = List.copyOf(hits);
  }

  /** Whether the query has pixels to show first on the contact sheet (a row or an image, not a region). */
  public boolean hasQueryPixels() {
    return queryRow.isPresent() || queryImage.isPresent();
  }
}
