package io.sae.api.method;

import io.sae.api.data.FloatMatrix;
import java.util.Map;

/**
 * The output of one {@link EpochHook} refresh.
 *
 * @param fields values for the plan's sample fields, one row per training sample
 * @param metrics numbers worth logging (e.g. MDS stress), added to the epoch's metrics with a {@code hook_} prefix
 * @param assignments new values for some of the plan's {@link TrainingPlan#variables() variables}, which the trainer
 *     assigns before the coming epoch (e.g. k-means centres at the first refresh); the optimizer then trains on from
 *     them. Each must have its key's shape; a variable assigned by two hooks in one refresh is an error.
 */
public record HookResult(Map<String, FloatMatrix> fields, Map<String, Double> metrics, Map<VariableKey, FloatMatrix> assignments) {
  public HookResult {
    fields = Map.copyOf(fields);
    metrics = Map.copyOf(metrics);
    assignments = Map.copyOf(assignments);
  }

  /** A result that assigns no variable. */
  public HookResult(Map<String, FloatMatrix> fields, Map<String, Double> metrics) {
    this(fields, metrics, Map.of());
  }
}
