package io.sae.spark.search;

import io.sae.api.InvalidInputException;
import java.io.Serializable;
import java.util.List;

/**
 * A batch of queries for {@link SparkSearch}.
 *
 * @param queries the query latents (a small batch: they travel with every task)
 * @param top results per query
 * @param metric what to rank by
 * @param excludeSameId leave out the row whose id is the query's (queries taken from the table itself)
 */
public record SearchJob(List<Query> queries, int top, Metric metric, boolean excludeSameId) implements Serializable {
  /** One query: an id (the row it came from, or its position in the batch) and its latent. */
  public record Query(long id, float[] latent) implements Serializable {}

  /** @throws InvalidInputException with no query or a top below 1 */
  public SearchJob {
    queries = List.copyOf(queries);
    if (queries.isEmpty()) {
      throw new InvalidInputException("no queries to search for");
    }
    if (top < 1) {
      throw new InvalidInputException("--top must be at least 1, got " + top);
    }
    int d = queries.get(0).latent().length;
    for (Query q : queries) {
      if (q.latent().length != d) {
        throw new InvalidInputException("query " + q.id() + " has " + q.latent().length + " latent values, query " + queries.get(0).id()
            + " has " + d);
      }
    }
  }
}
