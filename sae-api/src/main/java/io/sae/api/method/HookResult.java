package io.sae.api.method;

import io.sae.api.data.FloatMatrix;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output of one {@link EpochHook} refresh; build it with {@link #builder()}.
 *
 * @param fields values for the sample fields the hook {@linkplain EpochHook#fills() fills}, by field name, one row
 *     per training sample
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

  /** An empty result to fill. */
  public static Builder builder() { return new Builder(); }

  /** Collects a refresh's field values (checked against their field's width), variable assignments and metrics. */
  public static final class Builder {
    private final Map<String, FloatMatrix> fields = new LinkedHashMap<>();
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final Map<VariableKey, FloatMatrix> assignments = new LinkedHashMap<>();

    private Builder() {}

    /** @throws IllegalArgumentException when {@code values} is not {@code field.width()} wide or the field is given twice */
    public Builder put(SampleField field, FloatMatrix values) {
      if (values.cols() != field.width()) {
        throw new IllegalArgumentException("sample field " + field.name() + " is " + field.width() + " wide, the hook gave " + values.cols() + " columns");
      }
      if (fields.putIfAbsent(field.name(), values) != null) {
        throw new IllegalArgumentException("sample field " + field.name() + " given twice");
      }
      return this;
    }

    /** @throws IllegalArgumentException when {@code values} is not {@code key}'s shape or the key is given twice */
    public Builder assign(VariableKey key, FloatMatrix values) {
      if (values.rows() != key.rows() || values.cols() != key.cols()) {
        throw new IllegalArgumentException("plan variable " + key.name() + " is " + key.rows() + "x" + key.cols() + ", the hook gave "
            + values.rows() + "x" + values.cols());
      }
      if (assignments.putIfAbsent(key, values) != null) {
        throw new IllegalArgumentException("plan variable " + key.name() + " assigned twice");
      }
      return this;
    }

    /** A number to log as {@code hook_NAME}. */
    public Builder metric(String name, double value) {
      metrics.put(name, value);
      return this;
    }

    /** Every metric of {@code values}. */
    public Builder metrics(Map<String, Double> values) {
      metrics.putAll(values);
      return this;
    }

    public HookResult build() { return new HookResult(fields, metrics, assignments); }
  }
}
