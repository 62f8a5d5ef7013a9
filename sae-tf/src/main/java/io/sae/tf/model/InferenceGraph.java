package io.sae.tf.model;

import io.sae.api.model.ArchitectureSpec;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.spi.Readout;
import io.sae.tf.readout.ReadoutOps;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

/**
 * The inference part of a model in its own graph and session, with trained weights assigned: the
 * {@link ModelGraph} (no loss terms, no optimizer variables) plus the ops of an optional {@link Readout}. Both
 * in-process inference ({@link TfModel}) and the SavedModel export are built from it, so they run the same ops.
 */
public final class InferenceGraph implements AutoCloseable {
  private final Graph graph;
  private final Session session;
  private final ModelGraph model;
  private final Optional<ReadoutOps> readout;

  /**
   * @param transforms registered encoder transforms (needed when the architecture names one)
   * @throws IllegalArgumentException when the weights do not fit the architecture
   */
  public InferenceGraph(ArchitectureSpec architecture, ParameterSnapshot weights, Map<String, TransformBuilder> transforms,
      Optional<Readout> readout) {
    graph = new Graph();
    Session created = null;
    try {
      Ops tf = Ops.create(graph);
      Parameters params = new Parameters(tf, 0);
      model = new ModelGraph(tf, architecture, params, transforms);
      this.readout = readout.map(r -> ReadoutOps.build(tf, model, r));
      created = new Session(graph);
      params.load(created, weights, Parameters.Kind.MODEL);
      session = created;
    } catch (RuntimeException e) {
      if (created != null) {
        created.close(); // a graph waits in close() until its sessions are gone
      }
      graph.close();
      throw e;
    }
  }

  public Graph graph() {
    return graph;
  }

  public Session session() {
    return session;
  }

  public ModelGraph model() {
    return model;
  }

  public Optional<ReadoutOps> readout() {
    return readout;
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }
}
