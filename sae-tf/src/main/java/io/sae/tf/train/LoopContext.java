package io.sae.tf.train;

import io.sae.api.data.FloatMatrix;
import io.sae.api.training.EpochContext;
import io.sae.api.training.History;
import io.sae.tf.graph.BatchedInference;
import java.util.function.IntSupplier;

/** What the callbacks see at an epoch's end; a stop one of them requests ends the loop after this epoch. */
final class LoopContext implements EpochContext {
  private final TrainingGraph graph;
  private final History history;
  private final IntSupplier keptEpoch;
  private String stopReason;

  /** @param keptEpoch read when asked, so a listener sees what {@link KeptWeights} decided for this epoch */
  LoopContext(TrainingGraph graph, History history, IntSupplier keptEpoch) {
    this.graph = graph;
    this.history = history;
    this.keptEpoch = keptEpoch;
  }

  @Override
  public History history() {
    return history;
  }

  @Override
  public FloatMatrix encode(FloatMatrix x) {
    var model = graph.model();
    if (model.condition().isPresent()) {
      throw new IllegalStateException("this model is label-conditioned: encoding during training needs each sample's label");
    }
    if (x.cols() != model.spec().inputSize()) {
      throw new IllegalArgumentException("the model takes " + model.spec().inputSize() + " values per sample, got " + x.cols());
    }
    return BatchedInference.run(graph.session(), model.input(), model.latentMean(), x, model.spec().latentDim());
  }

  @Override
  public int keptEpoch() {
    return keptEpoch.getAsInt();
  }

  @Override
  public void requestStop(String reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }

  /** The first stop reason a callback gave, or null when none asked to stop. */
  String stopReason() {
    return stopReason;
  }
}
