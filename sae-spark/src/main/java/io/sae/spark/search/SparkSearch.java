package io.sae.spark.search;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LatentSimilarity;
import io.sae.spark.executor.ExecutorResources;
import io.sae.spark.table.LatentRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;

/**
 * Top-k search of a latent table for a batch of queries ({@code sae spark search}): each partition keeps the best k
 * rows per query ({@link TopK}, no sort of its rows), and the partitions' lists are merged in a tree
 * ({@code treeReduce}), so the driver only sees k hits per query and partition. By paper 003's similarity
 * ({@link LatentSimilarity} of the run's configured clusters, the measure and order of {@code sae search}) or by
 * Euclidean distance.
 */
public final class SparkSearch {
  private SparkSearch() {}

  /** The hits of one query, best first. */
  public record Result(long queryId, List<Hit> hits) {}

  /**
   * Ranks the table's rows for every query.
   *
   * @throws InvalidInputException when the table is empty, its latents' size differs from the queries', or the run of a
   *     paper 003 search configured no clusters
   */
  public static List<Result> search(Dataset<LatentRow> latents, SearchJob job) {
    if (job.metric() instanceof Metric.Paper003 p) {
      similarity(p); // fails on the driver, with the message, for a run without configured clusters
    }
    var perPartition = latents.toJavaRDD().mapPartitions((Iterator<LatentRow> rows) -> List.of(rank(rows, job)).iterator());
    if (perPartition.getNumPartitions() == 0) {
      throw new InvalidInputException("the latent table has no rows to search");
    }
    TopK merged = perPartition.treeReduce(TopK::merge);
    List<Result> out = new ArrayList<>();
    for (int q = 0; q < job.queries().size(); q++) {
      out.add(new Result(job.queries().get(q).id(), merged.hits(q)));
    }
    return out;
  }

  private static LatentSimilarity similarity(Metric.Paper003 p) {
    return ExecutorResources.similarity(p.run(), p.boundary(), Path.of(p.cacheDir()));
  }

  /** One partition's best hits per query. */
  static TopK rank(Iterator<LatentRow> rows, SearchJob job) {
    List<SearchJob.Query> queries = job.queries();
    int nq = queries.size();
    int d = queries.get(0).latent().length;
    TopK top = new TopK(nq, job.top());
    LatentSimilarity sim = job.metric() instanceof Metric.Paper003 p ? similarity(p) : null;
    double[][] qv = new double[nq][];
    if (sim != null) {
      for (int q = 0; q < nq; q++) {
        qv[q] = sim.vector(queries.get(q).latent());
      }
    }
    while (rows.hasNext()) {
      LatentRow r = rows.next();
      float[] z = r.getLatent();
      if (z.length != d) {
        throw new InvalidInputException("row id " + r.getId() + " has " + z.length + " latent values, the queries have " + d);
      }
      double[] v = sim != null ? sim.vector(z) : null; // once per row, whatever the number of queries
      for (int q = 0; q < nq; q++) {
        SearchJob.Query query = queries.get(q);
        if (job.excludeSameId() && query.id() == r.getId()) {
          continue;
        }
        double dd = squaredDistance(z, query.latent());
        double s = sim != null ? sim.pair(qv[q], v) : Math.sqrt(dd);
        double key = sim != null ? -s : dd;
        if (top.admits(q, key, dd)) {
          top.offer(q, new Hit(r.getId(), r.getLabel(), s, key, dd));
        }
      }
    }
    return top;
  }

  /** As sae-lab's Ranking computes it (float differences, summed in double), so ties break the same way. */
  static double squaredDistance(float[] z, float[] q) {
    double dd = 0;
    for (int j = 0; j < z.length; j++) {
      dd += (z[j] - q[j]) * (z[j] - q[j]);
    }
    return dd;
  }
}
