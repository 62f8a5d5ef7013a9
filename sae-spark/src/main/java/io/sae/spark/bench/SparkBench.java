package io.sae.spark.bench;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import io.sae.spark.encode.EncodeJob;
import io.sae.spark.encode.SparkEncoding;
import io.sae.spark.executor.ExecutorResources;
import io.sae.spark.search.Metric;
import io.sae.spark.search.SearchJob;
import io.sae.spark.search.SparkSearch;
import io.sae.spark.table.InputRow;
import io.sae.spark.table.LatentRow;
import io.sae.spark.table.LatentTables;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The measurements of {@code sae spark bench}: encoding throughput of synthetic samples in one process and in Spark,
 * and search latency over a synthetic latent table. Each returns the figures as a map (one JSON line of the raw
 * output).
 */
public final class SparkBench {
  private SparkBench() {}

  /**
   * One process, as {@code sae encode} runs: the model's {@code encode} on chunks of {@code chunk} generated rows (the
   * whole set would not fit the heap). Generation is timed apart from encoding.
   */
  public static Map<String, Object> encodeSingle(String model, long rows, int chunk, long seed) {
    SaeModel m = ExecutorResources.model(model);
    int size = m.info().architecture().inputSize();
    m.encode(new FloatMatrix(1, size, SyntheticRows.row(seed, 0, size))); // first call builds TF's kernels: not part of the rate
    long genNanos = 0;
    long encNanos = 0;
    double checksum = 0;
    long t0 = System.nanoTime();
    for (long from = 0; from < rows; from += chunk) {
      long to = Math.min(rows, from + chunk);
      long g = System.nanoTime();
      FloatMatrix x = new FloatMatrix((int) (to - from), size, SyntheticRows.rows(seed, from, to, size));
      long e = System.nanoTime();
      FloatMatrix z = m.encode(x);
      encNanos += System.nanoTime() - e;
      genNanos += e - g;
      checksum += z.get(0, 0);
    }
    double total = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("bench", "encode");
    r.put("mode", "single-process");
    r.put("rows", rows);
    r.put("input_size", size);
    r.put("chunk", chunk);
    r.put("seconds", total);
    r.put("rows_per_second", rows / total);
    r.put("generate_seconds", genNanos / 1e9);
    r.put("encode_seconds", encNanos / 1e9);
    r.put("encode_only_rows_per_second", rows / (encNanos / 1e9));
    r.put("checksum", checksum);
    return r;
  }

  /**
   * Spark: the rows generated in the tasks, encoded by {@link SparkEncoding} and written to Spark's {@code noop} sink
   * (the whole plan runs, nothing is stored), so what is timed is generation + Spark's row handling + encoding.
   */
  public static Map<String, Object> encodeSpark(SparkSession spark, String model, long rows, int partitions, int batch, long seed) {
    int size = ExecutorResources.model(model).info().architecture().inputSize();
    EncodeJob job = new EncodeJob(model, batch, false, false);
    warmUp(spark, job, size, seed);
    long t0 = System.nanoTime();
    SparkEncoding.encode(synthetic(spark, rows, partitions, size, seed), job).write().format("noop").mode("overwrite").save();
    Map<String, Object> r = sparkRows("encode", spark, partitions, rows, size);
    r.put("batch", batch);
    return timed(r, rows, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Spark without the model: the same rows generated in the tasks and written to the {@code noop} sink, to tell
   * Spark's own cost per row (generation, row encoding) from the model's.
   */
  public static Map<String, Object> rowsOnlySpark(SparkSession spark, long rows, int partitions, int size, long seed) {
    synthetic(spark, 1000, 1, size, seed).write().format("noop").mode("overwrite").save();
    long t0 = System.nanoTime();
    synthetic(spark, rows, partitions, size, seed).write().format("noop").mode("overwrite").save();
    return timed(sparkRows("rows-only", spark, partitions, rows, size), rows, (System.nanoTime() - t0) / 1e9);
  }

  /** The fields every Spark row-throughput result starts with, in the order the raw files have them. */
  private static Map<String, Object> sparkRows(String bench, SparkSession spark, int partitions, long rows, int size) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("bench", bench);
    r.put("mode", "spark");
    r.put("master", spark.sparkContext().master());
    r.put("partitions", partitions);
    r.put("rows", rows);
    r.put("input_size", size);
    return r;
  }

  /** Adds the time and the rate to {@code r}. */
  private static Map<String, Object> timed(Map<String, Object> r, long rows, double seconds) {
    r.put("seconds", seconds);
    r.put("rows_per_second", rows / seconds);
    return r;
  }

  /** A small job first, so that the timed one finds the executors' models loaded and Spark's code generated. */
  private static void warmUp(SparkSession spark, EncodeJob job, int size, long seed) {
    int slots = spark.sparkContext().defaultParallelism();
    SparkEncoding.encode(synthetic(spark, 2048L * slots, slots, size, seed), job).write().format("noop").mode("overwrite").save();
  }

  static Dataset<InputRow> synthetic(SparkSession spark, long rows, int partitions, int size, long seed) {
    return spark.range(0, rows, 1, partitions).as(org.apache.spark.sql.Encoders.LONG())
        .mapPartitions((MapPartitionsFunction<Long, InputRow>) ids -> new Iterator<>() {
          @Override
          public boolean hasNext() {
            return ids.hasNext();
          }

          @Override
          public InputRow next() {
            long id = ids.next();
            return new InputRow(id, null, SyntheticRows.row(seed, id, size));
          }
        }, LatentTables.INPUT);
  }

  /**
   * Search latency: {@code queries} queries (the first rows of the table) over {@code rows} synthetic latents, cached
   * in memory before the clock starts; {@code repeats} timed searches.
   *
   * @param scale the latents are uniform in [-scale, scale) per dimension
   */
  public static Map<String, Object> search(SparkSession spark, long rows, int latent, int queries, int top, Metric metric, int partitions,
      double scale, long seed, int repeats) {
    Dataset<LatentRow> table = spark.range(0, rows, 1, partitions).as(org.apache.spark.sql.Encoders.LONG())
        .map((org.apache.spark.api.java.function.MapFunction<Long, LatentRow>) id -> new LatentRow(id, null, scaled(seed, id, latent, scale)),
            LatentTables.LATENT)
        .persist(StorageLevel.MEMORY_ONLY());
    table.count();
    List<SearchJob.Query> qs = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      qs.add(new SearchJob.Query(q, scaled(seed, q, latent, scale)));
    }
    SearchJob job = new SearchJob(qs, top, metric, true);
    SparkSearch.search(table, job); // warm-up: the executors' similarity and Spark's code
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      SparkSearch.search(table, job);
      seconds.add((System.nanoTime() - t0) / 1e9);
    }
    table.unpersist();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("bench", "search");
    r.put("master", spark.sparkContext().master());
    r.put("metric", metric instanceof Metric.Paper003 ? "paper003" : "euclidean");
    r.put("rows", rows);
    r.put("latent", latent);
    r.put("queries", queries);
    r.put("top", top);
    r.put("partitions", partitions);
    r.put("seconds", seconds);
    r.put("best_seconds", seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    return r;
  }

  private static float[] scaled(long seed, long id, int latent, double scale) {
    float[] v = SyntheticRows.row(seed, id, latent);
    for (int j = 0; j < latent; j++) {
      v[j] = (float) ((v[j] * 2 - 1) * scale);
    }
    return v;
  }
}
