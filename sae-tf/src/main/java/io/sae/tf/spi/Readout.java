package io.sae.tf.spi;

import io.sae.api.data.FloatMatrix;
import java.util.Map;

/**
 * A latent classifier ready to be written as graph ops, so that in-process inference and a SavedModel classify
 * with the same arithmetic: the {@link ReadoutGraph} that builds its per-class scores (the class is their
 * argmax) and the values it reads. Made by a graph from a plan's spec ({@code Readouts.unfitted}) or from what a
 * host fitted ({@code Readouts.fitted}).
 *
 * @param kind the graph readout's registered name, recorded in exports ({@code linear}, {@code softmax-head}, ...)
 * @param graph builds the score ops
 * @param classes number of classes (score columns)
 * @param parameters fitted or configured values the ops read, by name
 * @param description what the scores are, for people (recorded in exports)
 */
public record Readout(String kind, ReadoutGraph graph, int classes, Map<String, FloatMatrix> parameters, String description) {

  /** Copies the parameters. */
  public Readout {
    parameters = Map.copyOf(parameters);
  }

  /** A readout whose description is {@code what} followed by what {@code graph}'s scores mean. */
  public static Readout of(String kind, ReadoutGraph graph, int classes, Map<String, FloatMatrix> parameters, String what) {
    return new Readout(kind, graph, classes, parameters, what + " (scores: " + graph.scoreMeaning() + ")");
  }

  /** One line for people: what decides and what the scores are. */
  public String describe() {
    return description;
  }
}
