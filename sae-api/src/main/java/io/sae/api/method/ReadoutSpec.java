package io.sae.api.method;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.util.Map;

/**
 * How a method's latent space is read as a classifier: a readout {@code kind} that a plugin registered (a host
 * {@link ReadoutFitter} at {@link io.sae.api.plugin.ExtensionPoint#READOUTS}, graph ops in the TensorFlow core)
 * and its settings. Open: a plugin names its own kind; the factories give the built-in ones.
 *
 * @param kind the registered readout's name
 * @param params scalar settings by name (e.g. {@code c} of the linear SVM), as text
 * @param constants matrices the readout is configured with (e.g. the {@code centres} of nearest-centre)
 */
public record ReadoutSpec(String kind, Map<String, String> params, Map<String, FloatMatrix> constants) {
  public static final String LINEAR_SVM = "linear-svm";
  public static final String SOFTMAX_HEAD = "softmax-head";
  public static final String NEAREST_CENTRE = "nearest-centre";
  public static final String ARGMAX_FIRST_K = "argmax-first-k";
  public static final String CLUSTER_MAJORITY = "cluster-majority";

  /** Copies the maps; @throws IllegalArgumentException when the kind is blank */
  public ReadoutSpec {
    if (kind == null || kind.isBlank()) throw new IllegalArgumentException("a readout needs a non-blank kind");
    params = Map.copyOf(params);
    constants = Map.copyOf(constants);
  }

  /** A readout of {@code kind} with settings only. */
  public static ReadoutSpec of(String kind, Map<String, String> params) {
    return new ReadoutSpec(kind, params, Map.of());
  }

  /** One-vs-rest linear SVMs with penalty {@code c}, fitted on the labelled training latents. */
  public static ReadoutSpec linearSvm(double c) { return of(LINEAR_SVM, Map.of("c", Double.toString(c))); }

  /** The model's own classifier head. */
  public static ReadoutSpec softmaxHead() { return of(SOFTMAX_HEAD, Map.of()); }

  /** The nearest of configured centres (one row per class). */
  public static ReadoutSpec nearestCentre(FloatMatrix centres) {
    return new ReadoutSpec(NEAREST_CENTRE, Map.of(), Map.of("centres", centres));
  }

  /** The index of the largest of the first k latent dimensions. */
  public static ReadoutSpec argmaxFirstK(int k) { return of(ARGMAX_FIRST_K, Map.of("k", Integer.toString(k))); }

  /** k-means with k clusters, each cluster labelled by its majority class. */
  public static ReadoutSpec clusterMajority(int k) { return of(CLUSTER_MAJORITY, Map.of("k", Integer.toString(k))); }

  /** The setting {@code name}; @throws InvalidInputException naming the kind when it is missing */
  public String param(String name) {
    String v = params.get(name);
    if (v == null) {
      throw new InvalidInputException("readout " + kind + " needs the setting '" + name + "' (has " + params.keySet() + ")");
    }
    return v;
  }

  /** The setting {@code name} as a number; @throws InvalidInputException when missing or not a number */
  public double doubleParam(String name) {
    try {
      return Double.parseDouble(param(name));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("readout " + kind + ": setting '" + name + "' is not a number: " + params.get(name));
    }
  }

  /** The setting {@code name} as an integer; @throws InvalidInputException when missing or not an integer */
  public int intParam(String name) {
    try {
      return Integer.parseInt(param(name));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("readout " + kind + ": setting '" + name + "' is not an integer: " + params.get(name));
    }
  }

  /** The constant {@code name}; @throws InvalidInputException naming the kind when it is missing */
  public FloatMatrix constant(String name) {
    FloatMatrix m = constants.get(name);
    if (m == null) {
      throw new InvalidInputException("readout " + kind + " needs the constant '" + name + "' (has " + constants.keySet() + ")");
    }
    return m;
  }
}
