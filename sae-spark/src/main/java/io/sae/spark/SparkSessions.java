package io.sae.spark;

import io.sae.spark.executor.SaePlugin;
import org.apache.spark.sql.SparkSession;

/** The session the {@code sae spark} commands run on. */
public final class SparkSessions {
  /** The master when none is given: every core of this machine. */
  public static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  /**
   * A session on {@code master} with sae's executor plugin (which closes the executors' models when they stop). Under
   * {@code spark-submit} the master may be left to it: pass null to take {@code spark.master} from the submit.
   *
   * @param master a Spark master URL ({@code local[2]}, {@code yarn}, {@code k8s://...}, {@code spark://...}), or null
   */
  public static SparkSession open(String master, String appName) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        // the executors' side of ExecutorResources: models are closed when an executor shuts down
        .config("spark.plugins", SaePlugin.class.getName())
        .config("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      b.master(master);
      if (master.startsWith("local")) {
        // local mode: no web UI to serve and no network name to resolve (the machine's host name may not)
        b.config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
      }
    }
    return b.getOrCreate();
  }
}
