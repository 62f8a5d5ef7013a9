package io.sae.tf.spi;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Reductions shared by loss builders: per-sample values [batch] to a batch scalar. */
public final class BatchMeans {
  private BatchMeans() {}

  /** Mean over axis 1 of [batch, n] -> [batch]. */
  public static Operand<TFloat32> rowMean(Ops tf, Operand<TFloat32> x) {
    return tf.math.mean(x, tf.constant(1));
  }

  /** Sum over axis 1 of [batch, n] -> [batch]. */
  public static Operand<TFloat32> rowSum(Ops tf, Operand<TFloat32> x) {
    return tf.sum(x, tf.constant(1));
  }

  /** Mean over the batch. */
  public static Operand<TFloat32> mean(Ops tf, Operand<TFloat32> perSample) {
    return tf.math.mean(perSample, tf.constant(0));
  }

  /** Mean over the samples whose mask is 1; 0 when no sample is masked in. */
  public static Operand<TFloat32> maskedMean(Ops tf, Operand<TFloat32> perSample, Operand<TFloat32> mask) {
    return tf.math.divNoNan(tf.sum(tf.math.mul(perSample, mask), tf.constant(0)), tf.sum(mask, tf.constant(0)));
  }
}
