package io.sae.tf.model;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.SaeModel;
import io.sae.tf.graph.BatchedInference;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import io.sae.tf.graph.TransformBuilder;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;

/**
 * In-process inference: the model part of the graph (no losses, no optimizer) in its own session, with the
 * trained weights assigned. Session runs are thread-safe, so one instance serves concurrent callers.
 */
public final class TfModel implements SaeModel {
  private final ModelInfo info;
  private final Graph graph;
  private final Session session;
  private final ModelGraph model;

  /**
   * @param transforms registered encoder transforms (needed when the architecture names one)
   * @throws IllegalArgumentException when the weights do not fit the architecture
   */
  public TfModel(ModelInfo info, ParameterSnapshot weights, Map<String, TransformBuilder> transforms) {
    this.info = info;
    this.graph = new Graph();
    Session created = null;
    try {
      Ops tf = Ops.create(graph);
      Parameters params = new Parameters(tf, 0);
      this.model = new ModelGraph(tf, info.architecture(), params, transforms);
      created = new Session(graph);
      params.load(created, weights, Parameters.Kind.MODEL);
      this.session = created;
    } catch (RuntimeException e) {
      if (created != null) {
        created.close(); // a graph waits in close() until its sessions are gone
      }
      graph.close();
      throw e;
    }
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public FloatMatrix encode(FloatMatrix x) {
    checkInput(x);
    return BatchedInference.run(session, model.input(), model.latentMean(), x, info.latentDim());
  }

  @Override
  public FloatMatrix decode(FloatMatrix z) {
    if (model.decoded().isEmpty()) {
      throw new UnsupportedOperationException("model " + info.method() + " has no decoder");
    }
    if (z.cols() != info.latentDim()) {
      throw new IllegalArgumentException("decode expects " + info.latentDim() + " latent values per row, got " + z.cols());
    }
    return BatchedInference.run(session, model.latentInput().orElseThrow(), model.decoded().get(), z, info.architecture().inputSize());
  }

  @Override
  public FloatMatrix reconstruct(FloatMatrix x) {
    checkInput(x);
    if (model.meanReconstruction().isEmpty()) {
      throw new UnsupportedOperationException("model " + info.method() + " has no decoder");
    }
    return BatchedInference.run(session, model.input(), model.meanReconstruction().get(), x, x.cols());
  }

  @Override
  public FloatMatrix classProbabilities(FloatMatrix x) {
    checkInput(x);
    if (model.probabilities().isEmpty()) {
      throw new UnsupportedOperationException("model " + info.method() + " has no classifier head");
    }
    int k = info.architecture().classifierHead().orElseThrow().classes();
    return BatchedInference.run(session, model.input(), model.probabilities().get(), x, k);
  }

  private void checkInput(FloatMatrix x) {
    if (x.cols() != info.architecture().inputSize()) {
      throw new IllegalArgumentException("the model expects " + info.architecture().inputSize() + " values per sample, got " + x.cols());
    }
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }
}
