package io.sae.spark.sweep;

import io.sae.api.InvalidInputException;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.experiment.ExperimentRuns;
import io.sae.lab.experiment.RunMetrics;
import io.sae.spark.executor.ExecutorResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A sweep as Spark tasks ({@code sae spark sweep}): one task per run, each a complete training and evaluation through
 * the library ({@link Sae#train}, {@link TrainedRun#evaluate(boolean)}) on an executor, into {@code OUT/runs/NAME}
 * (a folder every executor can write: a shared file system). A run that is complete and evaluated is reused, one left
 * incomplete (a killed task) is deleted and trained again, as the experiments do. The results come back as one row per
 * run, written to {@code OUT/results} (Parquet) and {@code OUT/summary.md} (mean +- std over the seeds per grid point).
 */
public final class SparkSweep {
  private SparkSweep() {}

  /** The sweep's rows and where they were written. */
  public record Result(List<SweepRow> rows, Path results, Path summary) {}

  /**
   * Runs the grid.
   *
   * @param cacheDir the executors' dataset cache
   * @throws InvalidInputException when a run's settings are refused (the task's message names the run)
   */
  public static Result run(SparkSession spark, SweepGrid grid, Path out, Path cacheDir) throws IOException {
    List<SweepPoint> points = grid.points();
    Path runs = out.toAbsolutePath().resolve("runs");
    Files.createDirectories(runs);
    String runsDir = runs.toString();
    String cache = cacheDir.toString();
    List<SweepRow> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(points, points.size()) // one task per run: the scheduler spreads them over the executors' cores
        .map(p -> runOne(p, Path.of(runsDir), Path.of(cache)))
        .collect();
    Path results = out.resolve("results");
    writeTable(spark, rows, results);
    Path summary = out.resolve("summary.md");
    SweepSummary.write(summary, grid, rows);
    return new Result(rows, results, summary);
  }

  /** One run, on an executor: reused when complete and evaluated, else (re)trained and evaluated. */
  static SweepRow runOne(SweepPoint p, Path runs, Path cacheDir) throws IOException {
    Path dir = runs.resolve(p.name());
    Path metrics = dir.resolve("metrics.json");
    boolean reused = ExperimentRuns.isComplete(dir) && Files.isRegularFile(metrics);
    if (!reused) {
      if (Files.exists(dir)) {
        ExperimentRuns.deleteRunFolder(dir); // killed mid-training or before its evaluation: train it again
      }
      Sae sae = ExecutorResources.library(cacheDir);
      try (TrainedRun run = sae.train(p.training(dir))) {
        run.evaluate(false);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("sweep run " + p.name() + ": " + e.getMessage(), e);
      }
    }
    RunMetrics m = RunMetrics.read(p.name(), metrics);
    return new SweepRow(p.name(), p.gridPoint(), p.optionsText(), p.labelsText(), p.seed(), number(m, "linear_svm_test_error"),
        number(m, "method_classifier_test_error"), number(m, "test_reconstruction_rmse"), m.trainingSeconds(), reused);
  }

  private static double number(RunMetrics m, String key) {
    return m.values().get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static void writeTable(SparkSession spark, List<SweepRow> rows, Path out) {
    StructType schema = new StructType().add("name", DataTypes.StringType).add("grid_point", DataTypes.StringType)
        .add("options", DataTypes.StringType).add("labels", DataTypes.StringType).add("seed", DataTypes.LongType)
        .add("svm_test_error", DataTypes.DoubleType).add("method_classifier_test_error", DataTypes.DoubleType)
        .add("test_reconstruction_rmse", DataTypes.DoubleType).add("training_seconds", DataTypes.DoubleType)
        .add("reused", DataTypes.BooleanType);
    List<Row> r = new ArrayList<>();
    for (SweepRow s : rows) {
      r.add(RowFactory.create(s.name(), s.gridPoint(), s.options(), s.labels(), s.seed(), s.svmTestError(), s.methodClassifierTestError(),
          s.reconstructionRmse(), s.trainingSeconds(), s.reused()));
    }
    spark.createDataFrame(r, schema).coalesce(1).write().mode("overwrite").parquet(out.toString());
  }

  /** The rows of one grid point. */
  static Map<String, List<SweepRow>> byGridPoint(List<SweepRow> rows) {
    Map<String, List<SweepRow>> m = new java.util.LinkedHashMap<>();
    for (SweepRow r : rows) {
      m.computeIfAbsent(r.gridPoint(), k -> new ArrayList<>()).add(r);
    }
    return m;
  }
}
