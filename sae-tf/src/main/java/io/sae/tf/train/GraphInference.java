package io.sae.tf.train;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.tf.graph.BatchedInference;
import io.sae.tf.graph.ModelGraph;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Inference on the training graph with its current weights, shared by the epoch hooks' encoding and the validation metrics. */
final class GraphInference {
  private GraphInference() {}

  /** The latent means of every sample. */
  static FloatMatrix encode(TrainingGraph g, Dataset samples) {
    return infer(g, samples, g.model().latentMean(), g.model().spec().latentDim());
  }

  /** {@code output} for every sample, with its one-hot label fed as the condition of label-conditioned models. */
  static FloatMatrix infer(TrainingGraph g, Dataset samples, Operand<TFloat32> output, int cols) {
    var model = g.model();
    if (model.condition().isEmpty()) {
      return BatchedInference.run(g.session(), model.input(), output, samples.features(), cols);
    }
    FloatMatrix c = ModelGraph.conditionRows(samples.labels(), model.spec().conditionalClasses());
    return BatchedInference.run(g.session(), List.of(model.input(), model.condition().get()), List.of(samples.features(), c), output, cols);
  }
}
