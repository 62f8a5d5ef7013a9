package io.sae.spark.cli;

import io.sae.runtime.SaeRuntime;
import io.sae.spark.SparkSessions;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** Options every {@code sae spark} command takes. */
final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[*] (default), local[N], or a cluster's (under spark-submit, 'submit' leaves it to spark-submit).")
  String master = SparkSessions.DEFAULT_MASTER;

  @Option(names = "--cache-dir", paramLabel = "DIR", description = "Dataset cache of the driver and executors. Default: $SAE_CACHE_DIR or ~/.cache/sae.")
  Path cacheDir;

  Path cache() {
    return cacheDir != null ? cacheDir : SaeRuntime.defaultCacheDir();
  }

  SparkSession session(String app) {
    return SparkSessions.open(master.equals("submit") ? null : master, "sae spark " + app);
  }
}
