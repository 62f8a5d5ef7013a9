package io.sae.spark.cli;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.lab.search.LatentIndex;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.RunDirectory;
import io.sae.spark.encode.EncodeJob;
import io.sae.spark.encode.SparkEncoding;
import io.sae.spark.table.InputRow;
import io.sae.spark.table.LatentTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sae spark encode}: a latent table from a model and an input table. */
@Command(name = "encode", mixinStandardHelpOptions = true, description = {
    "Encode an input table in the executors (one model per executor JVM) into a Parquet table of id, label, latent.",
    "",
    "Input: --input PARQUET (an array column), --data SPEC (a dataset the CLI reads), or neither for a run's own "
        + "split as 'sae encode'."})
final class EncodeCommand implements Callable<Integer> {
  @Mixin SparkOptions spark;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A run folder or a SavedModel export (on a path every executor reads).")
  Path model;

  @Option(names = "--input", paramLabel = "PARQUET", description = "Input table with an array column of the model's input values.")
  String input;

  @Option(names = "--features-column", paramLabel = "NAME", defaultValue = "features", description = "Array column of --input. Default: ${DEFAULT-VALUE}.")
  String featuresColumn;

  @Option(names = "--id-column", paramLabel = "NAME", description = "Id column of --input (default: ids made by Spark).")
  String idColumn;

  @Option(names = "--label-column", paramLabel = "NAME", description = "Label column of --input (default: none).")
  String labelColumn;

  @Option(names = "--data", paramLabel = "SPEC", description = "A dataset name or user data spec (csv:, npy:, idx:, images:), read on the driver.")
  String data;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test", description = "train or test (with --data or a run's own data). Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "With --data: the first N samples of the split (0: all).")
  int limit;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "With --data or a run's data: slices (default: Spark's default parallelism).")
  int partitions;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + EncodeJob.DEFAULT_BATCH, description = "Rows per model call. Default: ${DEFAULT-VALUE}.")
  int batch;

  @Option(names = "--classify", description = "Add the model's latent classifier's class (column predicted).")
  boolean classify;

  @Option(names = "--reconstruct", description = "Add the reconstruction (column reconstruction).")
  boolean reconstruct;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The latent table to write (Parquet; a path or a file system URL).")
  String out;

  @Override
  public Integer call() throws Exception {
    if (input != null && data != null) {
      throw new InvalidInputException("give --input or --data, not both");
    }
    if (!Files.exists(model)) {
      throw new InvalidInputException(model + ": no such run folder or export");
    }
    if (input != null) {
      LatentTables.requireTable(input);
    }
    EncodeJob job = new EncodeJob(model.toAbsolutePath().toString(), batch, classify, reconstruct);
    SparkSession s = spark.session("encode");
    try {
      int slices = partitions > 0 ? partitions : s.sparkContext().defaultParallelism();
      org.apache.spark.sql.Dataset<InputRow> rows;
      if (input != null) {
        rows = LatentTables.readInputs(s, input, featuresColumn, idColumn, labelColumn);
      } else {
        rows = LatentTables.fromDataset(s, driverData(), slices);
      }
      long t0 = System.nanoTime();
      SparkEncoding.encodeTo(rows, job, out);
      System.out.printf("wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
      return 0;
    } finally {
      s.stop();
    }
  }

  /** The --data split, or the run's own split as 'sae encode' encodes it. */
  private Dataset driverData() throws Exception {
    try (SaeRuntime runtime = new SaeRuntime(spark.cache(), System.err::println, List.of())) {
      if (data != null) {
        return LatentIndex.load(runtime, data, null, split, 0, limit);
      }
      if (!Files.isRegularFile(model.resolve("config.json"))) {
        throw new InvalidInputException(model + " is no run folder: give the input with --input or --data");
      }
      var d = RunDirectory.open(model).readConfig().data().prepare(runtime);
      return switch (split) {
        case "train" -> d.fullTrain();
        case "test" -> d.test();
        default -> throw new InvalidInputException("--split must be train or test, got '" + split + "'");
      };
    }
  }
}
