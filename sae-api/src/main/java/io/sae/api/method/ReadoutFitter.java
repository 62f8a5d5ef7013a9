package io.sae.api.method;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import java.util.Map;
import java.util.Optional;

/**
 * The host side of a readout kind: learns it from the labelled training latents and predicts with it
 * ({@code sae evaluate}, {@code sae export}). Registered at {@link io.sae.api.plugin.ExtensionPoint#READOUTS}
 * under the kind a {@link ReadoutSpec} names; its graph side (in-process classify, SavedModel) is registered with
 * the TensorFlow core.
 */
public interface ReadoutFitter {

  /** How {@code spec} reads the latent space, for people (evaluation reports it as the method's classifier). */
  String describe(ReadoutSpec spec);

  /** Why {@code sae export} cannot write {@code spec} as graph ops, known without fitting; empty when it can. */
  default Optional<String> notExported(ReadoutSpec spec) { return Optional.empty(); }

  /** Learns the readout; @throws io.sae.api.InvalidInputException when the spec or the data do not fit */
  Fitted fit(ReadoutSpec spec, Training training);

  /**
   * What a readout learns from.
   *
   * @param latents latent means of the labelled training samples
   * @param labels their classes
   * @param classes number of classes
   * @param seed the run's seed (subsamples, cluster starts)
   * @param model the trained model, for readouts that run it (e.g. its softmax head)
   * @param variables the trained values of the plan's {@link VariableKey variables}, by name (e.g. cluster centres)
   */
  record Training(FloatMatrix latents, int[] labels, int classes, long seed, SaeModel model, Map<String, FloatMatrix> variables) {
    public Training { variables = Map.copyOf(variables); }

    /** A training set for a plan without variables. */
    public Training(FloatMatrix latents, int[] labels, int classes, long seed, SaeModel model) {
      this(latents, labels, classes, seed, model, Map.of());
    }
  }

  /** A fitted readout: predictions on the host, and what graph ops need to compute the same scores. */
  interface Fitted {

    /** The class of each sample, from the samples and their latent means (row for row). */
    int[] predict(FloatMatrix inputs, FloatMatrix latents);

    /** The graph readout kind that writes this readout as ops (e.g. {@code linear}). */
    String graphKind();

    /** The fitted values the graph ops read, by name (e.g. {@code weights}). */
    default Map<String, FloatMatrix> parameters() { return Map.of(); }

    /** What was fitted, for people (written into exports). */
    String describe();

    /** A fitted readout from its parts: how it predicts, and what its graph form reads. */
    static Fitted of(Predictor predictor, String graphKind, Map<String, FloatMatrix> parameters, String describe) {
      Map<String, FloatMatrix> values = Map.copyOf(parameters);
      return new Fitted() {
        public int[] predict(FloatMatrix inputs, FloatMatrix latents) { return predictor.predict(inputs, latents); }
        public String graphKind() { return graphKind; }
        public Map<String, FloatMatrix> parameters() { return values; }
        public String describe() { return describe; }
      };
    }
  }

  /** Classes from the samples and their latent means (row for row). */
  @FunctionalInterface
  interface Predictor {
    int[] predict(FloatMatrix inputs, FloatMatrix latents);
  }
}
