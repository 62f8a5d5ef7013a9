package io.sae.api.method;

import io.sae.api.data.FloatMatrix;
import java.util.Map;

/**
 * The output of one {@link EpochHook} refresh.
 *
 * @param fields values for the plan's sample fields, one row per training sample
 * @param metrics numbers worth logging (e.g. MDS stress), added to the epoch's metrics with a {@code hook_} prefix
 */
public record HookResult(Map<String, FloatMatrix> fields, Map<String, Double> metrics) {
  public HookResult {
    fields = Map.copyOf(fields);
    metrics = Map.copyOf(metrics);
  }
}
