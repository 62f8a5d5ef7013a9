package io.sae.tf.train;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.tf.graph.BatchedInference;
import io.sae.tf.graph.ModelGraph;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Inference on the training graph with its current weights, shared by the epoch hooks' encoding and the validation metrics. */
final class GraphInference {
  private GraphInference() {}

  /** The latent means of every sample. */
  static FloatMatrix encode(TrainingGraph g, Dataset samples) {
    return infer(g, samples, g.model().latentMean(), g.model().spec().latentDim());
  }

  /**
   * The latent means of the samples {@code rows} of {@code samples}, in that order. Each batch of
   * {@value BatchedInference#BATCH} rows is gathered from the dataset's feature array straight into the fed
   * tensor's buffer: no copy of the selected features as a whole (a hook's rows may be most of a 188 MB MNIST
   * training set). The batches are those {@code encode(g, samples.subset(rows))} feeds, so the latents are the same floats.
   */
  static FloatMatrix encode(TrainingGraph g, Dataset samples, int[] rows) {
    var model = g.model();
    int cols = model.spec().latentDim();
    FloatMatrix x = samples.features();
    FloatMatrix c = null; // one-hot conditions of the rows (rows x classes: small next to the features)
    if (model.condition().isPresent()) {
      int[] labels = new int[rows.length];
      for (int r = 0; r < rows.length; r++) {
        labels[r] = samples.label(rows[r]);
      }
      c = ModelGraph.conditionRows(labels, model.spec().conditionalClasses());
    }
    float[] out = new float[Math.multiplyExact(rows.length, cols)];
    Session session = g.session();
    for (int from = 0; from < rows.length; from += BatchedInference.BATCH) {
      int n = Math.min(BatchedInference.BATCH, rows.length - from);
      List<TFloat32> fed = new ArrayList<>(2);
      try {
        Session.Runner runner = session.runner();
        fed.add(gathered(x, rows, from, n));
        runner.feed(model.input(), fed.getLast());
        if (c != null) {
          fed.add(slice(c, from, n));
          runner.feed(model.condition().get(), fed.getLast());
        }
        try (var result = runner.fetch(model.latentMean()).run()) {
          TFloat32 t = (TFloat32) result.get(0);
          t.copyTo(DataBuffers.of(out, false, false).slice((long) from * cols, (long) n * cols));
        }
      } finally {
        fed.forEach(TFloat32::close);
      }
    }
    return new FloatMatrix(rows.length, cols, out);
  }

  /** A tensor of rows {@code rows[from .. from + n)} of {@code x}, filled row by row. */
  private static TFloat32 gathered(FloatMatrix x, int[] rows, int from, int n) {
    int d = x.cols();
    float[] data = x.data();
    TFloat32 t = TFloat32.tensorOf(Shape.of(n, d));
    try {
      var buffer = t.asRawTensor().data().asFloats();
      for (int r = 0; r < n; r++) {
        buffer.offset((long) r * d).write(data, rows[from + r] * d, d);
      }
    } catch (RuntimeException e) {
      t.close();
      throw e;
    }
    return t;
  }

  private static TFloat32 slice(FloatMatrix m, int from, int n) {
    int d = m.cols();
    float[] chunk = new float[n * d];
    System.arraycopy(m.data(), from * d, chunk, 0, chunk.length);
    return TFloat32.tensorOf(Shape.of(n, d), DataBuffers.of(chunk, true, false));
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
