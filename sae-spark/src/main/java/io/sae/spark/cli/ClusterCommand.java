package io.sae.spark.cli;

import io.sae.spark.cluster.ClusterJob;
import io.sae.spark.cluster.ClusterSummary;
import io.sae.spark.cluster.SparkClustering;
import io.sae.spark.table.LatentTables;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sae spark cluster}: MLlib k-means on a latent table, with ACC and NMI when it has labels. */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = {
    "Cluster a latent table with k-means (Spark MLlib, k-means|| seeding).",
    "",
    "Writes OUT/assignments, OUT/centres (Parquet) and OUT/cluster.json, with clustering accuracy (Hungarian) and NMI "
        + "against the labels, from a cluster x class table counted by Spark."})
final class ClusterCommand implements Callable<Integer> {
  @Mixin SparkOptions spark;

  @Parameters(index = "0", paramLabel = "TABLE", description = "A latent table written by 'sae spark encode'.")
  String table;

  @Option(names = "--k", paramLabel = "K", required = true, description = "Number of clusters.")
  int k;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of k-means|| (restart r: seed + r). Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--restarts", paramLabel = "N", defaultValue = "" + ClusterJob.DEFAULT_RESTARTS, description = "Runs; the lowest-cost one is kept. Default: ${DEFAULT-VALUE}.")
  int restarts;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + ClusterJob.DEFAULT_ITERATIONS, description = "Most Lloyd iterations per run. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ClusterJob job = new ClusterJob(k, seed, restarts, iterations, Optional.empty());
    LatentTables.requireTable(table);
    SparkSession s = spark.session("cluster");
    try {
      ClusterSummary r = SparkClustering.fitAndWrite(s, LatentTables.readLatents(s, table), job, out);
      System.out.printf("k-means on %d rows (%d labelled), k = %d, best of %d restarts (restart %d): inertia %.4f%n", r.rows(), r.labelledRows(),
          r.k(), r.restarts(), r.bestRestart(), r.inertia());
      if (r.labelledRows() > 0) {
        System.out.printf("clustering accuracy %.4f, NMI %.4f%n", r.accuracy(), r.nmi());
      }
      System.out.printf("wrote %s (%.1f s)%n", out, r.seconds());
      return 0;
    } finally {
      s.stop();
    }
  }
}
