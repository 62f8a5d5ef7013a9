package io.sae.spark.search;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One search result.
 *
 * @param id the row's id
 * @param label its label, or null
 * @param score the similarity (paper 003) or the Euclidean distance
 * @param key what ranks it, smaller first: minus the similarity, or the squared distance
 * @param squaredDistance squared Euclidean distance to the query (the tie-break of paper 003's ranking)
 */
public record Hit(long id, Integer label, double score, double key, double squaredDistance) implements Serializable {
  /** Best first: by key, then distance, then id (the order of sae-lab's {@code Ranking.top}). */
  public static final Comparator<Hit> ORDER = Comparator.comparingDouble(Hit::key).thenComparingDouble(Hit::squaredDistance)
      .thenComparingLong(Hit::id);
}
