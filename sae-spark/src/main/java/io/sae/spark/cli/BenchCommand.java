package io.sae.spark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.InvalidInputException;
import io.sae.spark.bench.SparkBench;
import io.sae.spark.search.Metric;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sae spark bench}: the scale-out measurements (docs/spark.md), one per call, as one JSON line. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measure encoding throughput and search latency of sae spark on synthetic data.",
    "",
    "encode: throughput of encoding --rows synthetic samples, in one process (--single) or in Spark (--master). "
        + "search: latency of --queries queries over --rows synthetic latents. Prints one JSON line (and appends it to --out)."})
final class BenchCommand implements Callable<Integer> {
  @Mixin SparkOptions spark;

  @Parameters(index = "0", paramLabel = "WHAT", description = "encode or search.")
  String what;

  @Option(names = "--model", paramLabel = "MODEL", description = "encode: the model; search --metric paper003: the geometric run.")
  Path model;

  @Option(names = "--single", description = "encode: in this process without Spark (the baseline).")
  boolean single;

  @Option(names = "--rows-only", description = "encode: Spark generates and passes on the rows without the model (Spark's own cost per row).")
  boolean rowsOnly;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Rows. Default: ${DEFAULT-VALUE}.")
  long rows;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Spark partitions (0: 4 per core slot).")
  int partitions;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1024", description = "encode: rows per model call in Spark; chunk of the single process. Default: ${DEFAULT-VALUE}.")
  int batch;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "100", description = "search: queries. Default: ${DEFAULT-VALUE}.")
  int queries;

  @Option(names = "--latent", paramLabel = "D", defaultValue = "2", description = "search: latent size of the synthetic table. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--scale", paramLabel = "S", defaultValue = "3", description = "search: latents uniform in [-S, S). Default: ${DEFAULT-VALUE}.")
  double scale;

  @Option(names = "--metric", paramLabel = "M", defaultValue = "euclidean", description = "search: euclidean or paper003 (--model RUN). Default: ${DEFAULT-VALUE}.")
  String metric;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "3", description = "search: timed searches. Default: ${DEFAULT-VALUE}.")
  int repeats;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the synthetic data. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Append the JSON line to this file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (rows < 1 || batch < 1 || queries < 1 || latent < 1 || repeats < 1) {
      throw new InvalidInputException("--rows, --batch, --queries, --latent and --repeats must be at least 1");
    }
    Map<String, Object> r;
    switch (what) {
      case "encode" -> {
        if (model == null) {
          throw new InvalidInputException("bench encode needs --model MODEL");
        }
        String m = model.toAbsolutePath().toString();
        if (single) {
          r = SparkBench.encodeSingle(m, rows, batch * 10, seed);
        } else {
          SparkSession s = spark.session("bench");
          try {
            r = rowsOnly ? SparkBench.rowsOnlySpark(s, rows, slices(s), 784, seed) : SparkBench.encodeSpark(s, m, rows, slices(s), batch, seed);
          } finally {
            s.stop();
          }
        }
      }
      case "search" -> {
        Metric mt = switch (metric) {
          case "euclidean" -> new Metric.Euclidean();
          case "paper003" -> {
            if (model == null) {
              throw new InvalidInputException("bench search --metric paper003 needs --model RUN (a geometric run)");
            }
            yield new Metric.Paper003(model.toAbsolutePath().normalize().toString(), 0.79, spark.cache().toString());
          }
          default -> throw new InvalidInputException("--metric must be paper003 or euclidean, got '" + metric + "'");
        };
        SparkSession s = spark.session("bench");
        try {
          r = SparkBench.search(s, rows, latent, queries, 10, mt, slices(s), scale, seed, repeats);
        } finally {
          s.stop();
        }
      }
      default -> throw new InvalidInputException("bench: WHAT must be encode or search, got '" + what + "'");
    }
    r.put("tf_num_intraop_threads", System.getenv().getOrDefault("TF_NUM_INTRAOP_THREADS", "default"));
    r.put("cores", Runtime.getRuntime().availableProcessors());
    String line = new ObjectMapper().writeValueAsString(r);
    System.out.println(line);
    if (out != null) {
      Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    return 0;
  }

  private int slices(SparkSession s) {
    return partitions > 0 ? partitions : 4 * s.sparkContext().defaultParallelism();
  }
}
