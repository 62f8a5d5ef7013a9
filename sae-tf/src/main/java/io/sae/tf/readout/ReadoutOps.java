package io.sae.tf.readout;

import io.sae.tf.spi.Readout;
import io.sae.tf.spi.ReadoutGraph;

import io.sae.tf.graph.ModelGraph;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * A {@link Readout} as graph ops on the model's deterministic latent: {@code class_scores} [batch, classes]
 * (built by the readout's {@link ReadoutGraph}) and {@code classes} [batch] (int64 argmax of the scores; the first
 * class on ties).
 *
 * @param scores per-class scores
 * @param classes predicted class indices
 */
public record ReadoutOps(Operand<TFloat32> scores, Operand<TInt64> classes) {

  /** Op names of the two outputs, stable for exported signatures. */
  public static final String SCORES = "class_scores";

  public static final String CLASSES = "classes";

  public static ReadoutOps build(Ops tf, ModelGraph model, Readout readout) {
    Operand<TFloat32> raw = readout.graph().scores(new GraphReadoutInputs(tf, model, readout));
    Operand<TFloat32> scores = tf.withName(SCORES).identity(raw);
    Operand<TInt64> classes = tf.withName(CLASSES).math.argMax(scores, tf.constant(1), TInt64.class);
    return new ReadoutOps(scores, classes);
  }
}
