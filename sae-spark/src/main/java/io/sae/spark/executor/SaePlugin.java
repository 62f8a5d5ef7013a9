package io.sae.spark.executor;

import java.util.Map;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.SparkPlugin;

/**
 * Spark plugin ({@code spark.plugins}) that closes the models and the library {@link ExecutorResources} holds when an
 * executor shuts down (and, in local mode, where the executor lives in the driver, when the context stops).
 */
public final class SaePlugin implements SparkPlugin {
  @Override
  public DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new ExecutorPlugin() {
      @Override
      public void init(org.apache.spark.api.plugin.PluginContext ctx, Map<String, String> extraConf) {}

      @Override
      public void shutdown() {
        ExecutorResources.closeAll();
      }
    };
  }
}
