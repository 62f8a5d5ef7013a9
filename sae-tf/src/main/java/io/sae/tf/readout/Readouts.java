package io.sae.tf.readout;

import io.sae.tf.spi.Readout;
import io.sae.tf.spi.ReadoutGraph;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.model.ArchitectureSpec;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Turns a plan's readout spec, or what a host fitted, into a {@link Readout} through the registered graphs. */
public final class Readouts {
  private Readouts() {}

  /**
   * The readout of {@code spec} when its kind's graph needs no fitting (softmax head, configured centres, argmax of
   * the first K, a readout of trained variables); empty when the kind must be fitted on data first (linear SVM,
   * cluster majority) or no graph is registered under it.
   *
   * @param graphs the registered readout graphs ({@link io.sae.tf.TfExtensions#READOUT_GRAPHS})
   * @throws InvalidInputException when the spec does not fit the architecture
   */
  public static Optional<Readout> unfitted(Map<String, ReadoutGraph> graphs, ReadoutSpec spec, ArchitectureSpec architecture) {
    ReadoutGraph graph = graphs.get(spec.kind());
    return graph == null ? Optional.empty() : graph.unfitted(spec, architecture);
  }

  /**
   * The readout a host fitted, written by the graph registered as {@code graphKind}.
   *
   * @param what what was fitted, for people; the graph adds what its scores are
   * @throws InvalidInputException when no graph is registered as {@code graphKind} (listing the registered ones)
   */
  public static Readout fitted(Map<String, ReadoutGraph> graphs, String graphKind, int classes, Map<String, FloatMatrix> parameters,
      String what) {
    return Readout.of(graphKind, graph(graphs, graphKind), classes, parameters, what);
  }

  /** The graph registered as {@code kind}; @throws InvalidInputException listing the registered kinds */
  public static ReadoutGraph graph(Map<String, ReadoutGraph> graphs, String kind) {
    ReadoutGraph graph = graphs.get(kind);
    if (graph == null) {
      throw new InvalidInputException("no readout graph '" + kind + "' is registered (registered: "
          + String.join(", ", new TreeSet<>(graphs.keySet())) + "); a plugin's readout needs its jar on the plugin path");
    }
    return graph;
  }
}
