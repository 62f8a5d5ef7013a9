package io.sae.spark.cluster;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.AtomicFiles;
import io.sae.eval.metrics.ClusteringMetrics;
import io.sae.spark.table.LatentRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.clustering.KMeans;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * k-means on a latent table with Spark MLlib ({@code sae spark cluster}), scored with clustering accuracy
 * (Hungarian) and NMI without collecting rows: Spark counts the labelled rows per (cluster, class), and only that
 * k x classes table reaches the driver, where sae-eval's {@link ClusteringMetrics} scores it.
 *
 * <p>MLlib seeds with k-means|| (a parallel variant of k-means++) where {@code sae cluster} uses k-means++ on one
 * machine, so the two find different local optima in general; from the same initial centres both run Lloyd to the
 * same assignment ({@link ClusterJob#from}), which is how the tests compare them. MLlib's Lloyd stops when no centre
 * moves more than 1e-9 here (sae's when no assignment changes).
 */
public final class SparkClustering {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** MLlib's convergence distance: small, so that Lloyd runs until the assignment is stable, as sae's does. */
  private static final double EPSILON = 1e-9;

  private SparkClustering() {}

  /** The clustering and its scores; the assignment is {@link #assign}. */
  public record Fit(KMeansModel model, ClusterSummary summary) {}

  /**
   * Clusters the latents.
   *
   * @throws InvalidInputException when the table has fewer rows than k
   */
  public static Fit fit(Dataset<LatentRow> latents, ClusterJob job) {
    long t0 = System.nanoTime();
    JavaRDD<Vector> points = latents.toJavaRDD().map(r -> toVector(r.getLatent()));
    points.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long rows = points.count();
      if (rows < job.k()) {
        throw new InvalidInputException("--k " + job.k() + " is more than the table's " + rows + " rows");
      }
      KMeansModel best = null;
      double bestCost = Double.POSITIVE_INFINITY;
      int bestRestart = -1;
      for (int r = 0; r < job.restarts(); r++) {
        KMeans km = new KMeans().setK(job.k()).setMaxIterations(job.iterations()).setEpsilon(EPSILON).setSeed(job.seed() + r);
        if (job.initialCentres().isPresent()) {
          km.setInitialModel(new KMeansModel(vectors(job.initialCentres().get())));
        } else {
          km.setInitializationMode(KMeans.K_MEANS_PARALLEL());
        }
        KMeansModel m = km.run(points.rdd());
        double cost = m.computeCost(points.rdd());
        if (cost < bestCost) { // ties keep the earlier restart, as sae-geometry's fitBest does
          best = m;
          bestCost = cost;
          bestRestart = r;
        }
      }
      long[][] table = contingency(latents, best, job.k());
      long labelled = 0;
      for (long[] row : table) {
        for (long v : row) {
          labelled += v;
        }
      }
      double acc = labelled == 0 ? Double.NaN : ClusteringMetrics.accuracy(table);
      double nmi = labelled == 0 ? Double.NaN : ClusteringMetrics.nmi(table);
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Fit(best, new ClusterSummary(job.k(), job.seed(), job.restarts(), bestRestart, rows, labelled, bestCost, acc, nmi, table,
          centres(best), seconds));
    } finally {
      points.unpersist(false);
    }
  }

  /** The rows' clusters: {@code id}, {@code label}, {@code cluster}. */
  public static Dataset<Row> assign(Dataset<LatentRow> latents, KMeansModel model) {
    StructType schema = new StructType().add("id", DataTypes.LongType, false).add("label", DataTypes.IntegerType, true)
        .add("cluster", DataTypes.IntegerType, false);
    return latents.map((org.apache.spark.api.java.function.MapFunction<LatentRow, Row>) r ->
        RowFactory.create(r.getId(), r.getLabel(), model.predict(toVector(r.getLatent()))), Encoders.row(schema));
  }

  /**
   * Clusters and writes {@code out/assignments} (Parquet: id, label, cluster), {@code out/centres} (Parquet: cluster,
   * centre) and {@code out/cluster.json} (the summary).
   */
  public static ClusterSummary fitAndWrite(SparkSession spark, Dataset<LatentRow> latents, ClusterJob job, Path out) throws IOException {
    Fit fit = fit(latents, job);
    Files.createDirectories(out);
    assign(latents, fit.model()).write().mode("overwrite").parquet(out.resolve("assignments").toString());
    FloatMatrix c = fit.summary().centres();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < c.rows(); i++) {
      rows.add(RowFactory.create(i, c.row(i)));
    }
    StructType schema = new StructType().add("cluster", DataTypes.IntegerType, false)
        .add("centre", DataTypes.createArrayType(DataTypes.FloatType), false);
    spark.createDataFrame(rows, schema).coalesce(1).write().mode("overwrite").parquet(out.resolve("centres").toString());
    AtomicFiles.write(out.resolve("cluster.json"), JSON.writeValueAsBytes(fit.summary().toJson()));
    return fit.summary();
  }

  /** Labelled rows per (cluster, class), counted by Spark; only the table comes to the driver. */
  static long[][] contingency(Dataset<LatentRow> latents, KMeansModel model, int k) {
    List<Tuple2<Tuple2<Integer, Integer>, Long>> counts = latents.filter(col("label").isNotNull()).toJavaRDD()
        .mapToPair(r -> new Tuple2<>(new Tuple2<>(model.predict(toVector(r.getLatent())), r.getLabel()), 1L))
        .reduceByKey(Long::sum).collect();
    int classes = 1;
    for (var e : counts) {
      if (e._1()._2() < 0) {
        throw new InvalidInputException("label " + e._1()._2() + " is negative (leave unlabelled rows' label null)");
      }
      classes = Math.max(classes, e._1()._2() + 1);
    }
    long[][] table = new long[k][classes];
    for (var e : counts) {
      table[e._1()._1()][e._1()._2()] = e._2();
    }
    return table;
  }

  private static Vector toVector(float[] z) {
    double[] d = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      d[i] = z[i];
    }
    return Vectors.dense(d);
  }

  private static Vector[] vectors(FloatMatrix m) {
    Vector[] v = new Vector[m.rows()];
    for (int i = 0; i < m.rows(); i++) {
      v[i] = toVector(m.row(i));
    }
    return v;
  }

  private static FloatMatrix centres(KMeansModel m) {
    Vector[] c = m.clusterCenters();
    int d = c[0].size();
    float[] data = new float[c.length * d];
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < d; j++) {
        data[i * d + j] = (float) c[i].apply(j);
      }
    }
    return new FloatMatrix(c.length, d, data);
  }
}
