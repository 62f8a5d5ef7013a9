package io.sae.api.method;

import io.sae.api.data.FloatMatrix;
import java.util.Map;

/**
 * One weighted term of a training loss, described by name and built into the graph by the loss builder
 * registered under {@link #kind()} (see {@link LossKinds} for the built-in ones). A plugin can register a
 * builder for a new kind with the TensorFlow core and use it here.
 *
 * @param kind registered builder name
 * @param weight factor of this term in the total loss
 * @param params builder parameters as text (e.g. which sample field holds the target)
 * @param constants fixed tensors the term needs (e.g. configured cluster centres)
 */
public record LossTerm(String kind, double weight, Map<String, String> params, Map<String, FloatMatrix> constants) {

  public LossTerm {
    params = Map.copyOf(params);
    constants = Map.copyOf(constants);
    if (!Double.isFinite(weight) || weight < 0) {
      throw new IllegalArgumentException("loss weight must be finite and non-negative, got " + weight);
    }
  }

  public static LossTerm of(String kind, double weight) {
    return new LossTerm(kind, weight, Map.of(), Map.of());
  }

  public static LossTerm of(String kind, double weight, Map<String, String> params) {
    return new LossTerm(kind, weight, params, Map.of());
  }

  /** The name of this term in metrics: the {@code name} parameter if given, else the kind. */
  public String metricName() {
    return params.getOrDefault("name", kind);
  }
}
