package io.sae.api.method;


import io.sae.api.data.FloatMatrix;
import java.util.Map;

/**
 * One weighted term of a training loss, described by name and built into the graph by the loss builder
 * registered under {@link #kind()} (the TensorFlow core's {@code LossKinds} names the built-in ones). A plugin can register a
 * builder for a new kind with the TensorFlow core and use it here.
 *
 * @param kind registered builder name
 * @param weight factor of this term in the total loss
 * @param params builder parameters as text (e.g. {@code name}, a margin)
 * @param constants fixed tensors the term needs (e.g. configured cluster centres)
 * @param fields the sample fields the term reads, by the role its builder knows them by (e.g. {@code target},
 *     {@code mask}); the plan checks that each is declared and filled by a hook
 */
public record LossTerm(String kind, double weight, Map<String, String> params, Map<String, FloatMatrix> constants,
    Map<String, SampleField> fields) {

  public LossTerm {
    params = Map.copyOf(params);
    constants = Map.copyOf(constants);
    fields = Map.copyOf(fields);
    if (!Double.isFinite(weight) || weight < 0) {
      throw new IllegalArgumentException("loss weight must be finite and non-negative, got " + weight);
    }
  }

  /** A term that reads no sample field. */
  public LossTerm(String kind, double weight, Map<String, String> params, Map<String, FloatMatrix> constants) {
    this(kind, weight, params, constants, Map.of());
  }

  public static LossTerm of(String kind, double weight) { return new LossTerm(kind, weight, Map.of(), Map.of()); }

  public static LossTerm of(String kind, double weight, Map<String, String> params) {
    return new LossTerm(kind, weight, params, Map.of());
  }

  /** This term reading {@code field} in the role {@code role} of its builder (e.g. {@code target}). */
  public LossTerm withField(String role, SampleField field) {
    Map<String, SampleField> more = new java.util.HashMap<>(fields);
    more.put(role, field);
    return new LossTerm(kind, weight, params, constants, more);
  }

  /** The name of this term in metrics: the {@code name} parameter if given, else the kind. */
  public String metricName() { return params.getOrDefault("name", kind); }
}
