package io.sae.spark.cli;

import static org.apache.spark.sql.functions.col;

import io.sae.api.InvalidInputException;
import io.sae.spark.search.Hit;
import io.sae.spark.search.Metric;
import io.sae.spark.search.SearchJob;
import io.sae.spark.search.SparkSearch;
import io.sae.spark.table.LatentRow;
import io.sae.spark.table.LatentTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sae spark search}: top-k rows of a latent table for a batch of queries. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {
    "Find the top-k rows of a latent table per query, by paper 003's similarity or by Euclidean distance.",
    "",
    "With --run the similarity is the run's (as 'sae search'). A top-k per partition, merged in a tree: no sort of "
        + "the table and no rows on the driver."})
final class SearchCommand implements Callable<Integer> {
  @Mixin SparkOptions spark;

  @Parameters(index = "0", paramLabel = "TABLE", description = "A latent table written by 'sae spark encode'.")
  String table;

  @Option(names = "--query-ids", paramLabel = "ID", split = ",", description = "Rows of TABLE to query with (left out of their own results).")
  List<Long> queryIds;

  @Option(names = "--queries", paramLabel = "PARQUET", description = "A latent table of queries (id, latent), e.g. new samples encoded.")
  String queries;

  @Option(names = "--metric", paramLabel = "M", defaultValue = "paper003", description = "paper003 (needs --run) or euclidean. Default: ${DEFAULT-VALUE}.")
  String metric;

  @Option(names = "--run", paramLabel = "RUN", description = "The run whose configured clusters define paper 003's similarity (a 'geometric' run).")
  Path run;

  @Option(names = "--boundary", paramLabel = "B", defaultValue = "0.79", description = "b_c, the similarity on a cluster's edge. Default: ${DEFAULT-VALUE}.")
  double boundary;

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "Results per query. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Also write the results as Parquet (query_id, rank, id, label, score).")
  String out;

  @Override
  public Integer call() throws Exception {
    if ((queryIds == null) == (queries == null)) {
      throw new InvalidInputException("give the queries with --query-ids or --queries (one of them)");
    }
    Metric m = switch (metric) {
      case "euclidean" -> new Metric.Euclidean();
      case "paper003" -> {
        if (run == null) {
          throw new InvalidInputException("--metric paper003 needs --run RUN (the 'geometric' run whose clusters define the similarity)");
        }
        yield new Metric.Paper003(run.toAbsolutePath().normalize().toString(), boundary, spark.cache().toString());
      }
      default -> throw new InvalidInputException("--metric must be paper003 or euclidean, got '" + metric + "'");
    };
    LatentTables.requireTable(table);
    if (queries != null) {
      LatentTables.requireTable(queries);
    }
    SparkSession s = spark.session("search");
    try {
      Dataset<LatentRow> latents = LatentTables.readLatents(s, table);
      List<SearchJob.Query> qs = new ArrayList<>();
      if (queryIds != null) {
        List<LatentRow> found = latents.filter(col("id").isin(queryIds.toArray())).collectAsList();
        for (long id : queryIds) {
          LatentRow r = found.stream().filter(x -> x.getId() == id).findFirst()
              .orElseThrow(() -> new InvalidInputException("--query-ids: no row with id " + id + " in " + table));
          qs.add(new SearchJob.Query(id, r.getLatent()));
        }
      } else {
        for (LatentRow r : LatentTables.readLatents(s, queries).collectAsList()) {
          qs.add(new SearchJob.Query(r.getId(), r.getLatent()));
        }
      }
      long t0 = System.nanoTime();
      List<SparkSearch.Result> results = SparkSearch.search(latents, new SearchJob(qs, top, m, queryIds != null));
      double seconds = (System.nanoTime() - t0) / 1e9;
      List<Row> rows = new ArrayList<>();
      for (SparkSearch.Result r : results) {
        System.out.println("query " + r.queryId() + ":");
        int rank = 1;
        for (Hit h : r.hits()) {
          System.out.printf("  %3d  id %-10d label %-5s %s %.6f%n", rank, h.id(), h.label() == null ? "-" : h.label(),
              m instanceof Metric.Paper003 ? "similarity" : "distance", h.score());
          rows.add(RowFactory.create(r.queryId(), rank++, h.id(), h.label(), h.score()));
        }
      }
      System.out.printf("%d queries over %s in %.2f s%n", qs.size(), table, seconds);
      if (out != null) {
        StructType schema = new StructType().add("query_id", DataTypes.LongType).add("rank", DataTypes.IntegerType).add("id", DataTypes.LongType)
            .add("label", DataTypes.IntegerType).add("score", DataTypes.DoubleType);
        s.createDataFrame(rows, schema).coalesce(1).write().mode("overwrite").parquet(out);
        System.out.println("wrote " + out);
      }
      return 0;
    } finally {
      s.stop();
    }
  }
}
