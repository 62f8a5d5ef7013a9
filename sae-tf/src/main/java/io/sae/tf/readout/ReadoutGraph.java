package io.sae.tf.readout;

import io.sae.api.data.FloatMatrix;
import io.sae.tf.graph.ModelGraph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * A {@link Readout} as graph ops on the model's deterministic latent: {@code class_scores} [batch, classes]
 * and {@code classes} [batch] (int64 argmax of the scores; the first class on ties).
 *
 * @param scores per-class scores
 * @param classes predicted class indices
 */
public record ReadoutGraph(Operand<TFloat32> scores, Operand<TInt64> classes) {

  /** Op names of the two outputs, stable for exported signatures. */
  public static final String SCORES = "class_scores";

  public static final String CLASSES = "classes";

  public static ReadoutGraph build(Ops tf, ModelGraph model, Readout readout) {
    Operand<TFloat32> z = model.latentMean();
    Operand<TFloat32> raw = switch (readout) {
      case Readout.SoftmaxHead s -> model.probabilities()
          .orElseThrow(() -> new IllegalArgumentException("softmax readout on a model without a classifier head"));
      case Readout.NearestCentre s -> {
        // direct differences (not |z|^2 - 2 z.c + |c|^2), which would cancel badly for nearby points
        Operand<TFloat32> diff = tf.math.sub(tf.expandDims(z, tf.constant(1)), constant(tf, s.centres()));
        yield tf.math.neg(tf.sum(tf.math.square(diff), tf.constant(2)));
      }
      case Readout.ArgmaxFirstK s -> tf.slice(z, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, s.k()}));
      case Readout.Linear s -> {
        Operand<TFloat32> standardized = tf.math.div(tf.math.sub(z, tf.constant(s.mean())), tf.constant(s.scale()));
        Operand<TFloat32> w = constant(tf, s.weights());
        yield tf.math.add(tf.linalg.matMul(standardized, w, org.tensorflow.op.linalg.MatMul.transposeB(true)), tf.constant(s.bias()));
      }
    };
    Operand<TFloat32> scores = tf.withName(SCORES).identity(raw);
    Operand<TInt64> classes = tf.withName(CLASSES).math.argMax(scores, tf.constant(1), TInt64.class);
    return new ReadoutGraph(scores, classes);
  }

  private static Operand<TFloat32> constant(Ops tf, FloatMatrix m) {
    return tf.constant(Shape.of(m.rows(), m.cols()), DataBuffers.of(m.data(), true, false));
  }
}
