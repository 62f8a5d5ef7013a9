package io.sae.tf.model;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.Classification;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.SaeModel;
import io.sae.tf.graph.BatchedInference;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.spi.Readout;
import io.sae.tf.readout.ReadoutOps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * In-process inference: the model part of the graph (no losses, no optimizer) in its own session, with the
 * trained weights assigned, and optionally a latent classifier ({@link Readout}) as graph ops. Session runs are
 * thread-safe, so one instance serves concurrent callers; {@link #close} waits for running calls.
 */
public final class TfModel implements SaeModel {
  private final ModelInfo info;
  private final InferenceGraph graph;
  private final Optional<Readout> readout;
  private final NativeGuard guard;

  /**
   * A model without a latent classifier.
   *
   * @param transforms registered encoder transforms (needed when the architecture names one)
   * @throws IllegalArgumentException when the weights do not fit the architecture
   */
  public TfModel(ModelInfo info, ParameterSnapshot weights, Map<String, TransformBuilder> transforms) {
    this(info, weights, transforms, Optional.empty());
  }

  /**
   * @param readout the latent classifier {@link #classify} uses, if any
   * @throws IllegalArgumentException when the weights do not fit the architecture
   */
  public TfModel(ModelInfo info, ParameterSnapshot weights, Map<String, TransformBuilder> transforms, Optional<Readout> readout) {
    this.info = info;
    this.readout = readout;
    this.graph = new InferenceGraph(info.architecture(), weights, transforms, readout);
    this.guard = new NativeGuard("model " + info.method());
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  /** The latent classifier, if the model carries one. */
  public Optional<Readout> readout() {
    return readout;
  }

  private ModelGraph model() {
    return graph.model();
  }

  @Override
  public FloatMatrix encode(FloatMatrix x) {
    checkInput(x);
    unconditioned("encode");
    return guard.read(() -> BatchedInference.run(graph.session(), model().input(), model().latentMean(), x, info.latentDim()));
  }

  /** Whether the model is label-conditioned (CVAE): it then encodes, decodes and reconstructs with labels only. */
  public boolean conditional() {
    return model().condition().isPresent();
  }

  /** Latent means of samples of the given classes, for label-conditioned models (others ignore the labels). */
  public FloatMatrix encode(FloatMatrix x, int[] labels) {
    checkInput(x);
    return conditional() ? withCondition(model().input(), x, labels, model().latentMean(), info.latentDim()) : encode(x);
  }

  /** Decoded latents with the given classes as condition, for label-conditioned models (others ignore the labels). */
  public FloatMatrix decode(FloatMatrix z, int[] labels) {
    if (!conditional()) {
      return decode(z);
    }
    checkLatent(z);
    return withCondition(model().latentInput().orElseThrow(), z, labels, model().decoded().orElseThrow(), info.architecture().inputSize());
  }

  /** Reconstructions from the latent means with the given classes as condition (others ignore the labels). */
  public FloatMatrix reconstruct(FloatMatrix x, int[] labels) {
    checkInput(x);
    if (!conditional()) {
      return reconstruct(x);
    }
    return withCondition(model().input(), x, labels, model().meanReconstruction().orElseThrow(), x.cols());
  }

  private FloatMatrix withCondition(Operand<TFloat32> in, FloatMatrix v, int[] labels,
      Operand<TFloat32> output, int cols) {
    if (labels.length != v.rows()) {
      throw new IllegalArgumentException(v.rows() + " rows need as many labels, got " + labels.length);
    }
    FloatMatrix c = ModelGraph.conditionRows(labels, info.architecture().conditionalClasses());
    var feeds = List.of(in, model().condition().get());
    return guard.read(() -> BatchedInference.run(graph.session(), feeds, List.of(v, c), output, cols));
  }

  /** Label-conditioned models cannot run without labels: say so instead of guessing a condition. */
  private void unconditioned(String what) {
    if (conditional()) {
      throw new InvalidInputException("model " + info.method() + " is label-conditioned: " + what
          + " needs the class of every sample, which this command does not give (use sae evaluate or sae sample --class)");
    }
  }

  private void checkLatent(FloatMatrix z) {
    if (z.cols() != info.latentDim()) {
      throw new IllegalArgumentException("decode expects " + info.latentDim() + " latent values per row, got " + z.cols());
    }
  }

  @Override
  public FloatMatrix decode(FloatMatrix z) {
    if (model().decoded().isEmpty()) {
      throw new UnsupportedOperationException("model " + info.method() + " has no decoder");
    }
    checkLatent(z);
    unconditioned("decode");
    return guard.read(() -> BatchedInference.run(graph.session(), model().latentInput().orElseThrow(), model().decoded().get(), z,
        info.architecture().inputSize()));
  }

  @Override
  public FloatMatrix reconstruct(FloatMatrix x) {
    checkInput(x);
    if (model().meanReconstruction().isEmpty()) {
      throw new UnsupportedOperationException("model " + info.method() + " has no decoder");
    }
    unconditioned("reconstruct");
    return guard.read(() -> BatchedInference.run(graph.session(), model().input(), model().meanReconstruction().get(), x, x.cols()));
  }

  @Override
  public FloatMatrix classProbabilities(FloatMatrix x) {
    checkInput(x);
    if (model().probabilities().isEmpty()) {
      throw new UnsupportedOperationException("model " + info.method() + " has no classifier head");
    }
    int k = info.architecture().classifierHead().orElseThrow().classes();
    return guard.read(() -> BatchedInference.run(graph.session(), model().input(), model().probabilities().get(), x, k));
  }

  @Override
  public boolean canClassify() {
    return readout.isPresent();
  }

  @Override
  public Classification classify(FloatMatrix x) {
    checkInput(x);
    ReadoutOps ops = graph.readout().orElseThrow(
        () -> new UnsupportedOperationException("model " + info.method() + " carries no latent classifier"));
    FloatMatrix scores = guard.read(() -> BatchedInference.run(graph.session(), model().input(), ops.scores(), x, readout.get().classes()));
    return new Classification(argmax(scores), scores);
  }

  /** Index of the largest score per row, the first on ties (as TensorFlow's ArgMax). */
  static int[] argmax(FloatMatrix scores) {
    int[] out = new int[scores.rows()];
    for (int i = 0; i < out.length; i++) {
      int best = 0;
      for (int c = 1; c < scores.cols(); c++) {
        if (scores.get(i, c) > scores.get(i, best)) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
  }

  private void checkInput(FloatMatrix x) {
    if (x.cols() != info.architecture().inputSize()) {
      throw new IllegalArgumentException("the model expects " + info.architecture().inputSize() + " values per sample, got " + x.cols());
    }
  }

  @Override
  public void close() {
    guard.close(graph::close);
  }
}
