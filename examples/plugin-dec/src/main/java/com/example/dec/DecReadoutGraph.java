package com.example.dec;

import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.spi.ReadoutInputs;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.types.TFloat32;

/**
 * The graph side of {@code dec-assignment}: the score of class c is minus the squared distance to the nearest centre
 * whose cluster is labelled c (classes no cluster is labelled with score -1e30), so the argmax is the class of the
 * nearest centre, as {@link DecReadout} predicts on the host. Parameters: {@code centres} [k, d] and {@code class_of}
 * [k, classes] (one 1 per row).
 */
public final class DecReadoutGraph implements ReadoutGraph {
  static final String CENTRES = "centres";
  static final String CLASS_OF = "class_of";
  private static final float FAR = 1e30f;

  @Override
  public String scoreMeaning() {
    return "negative squared distance to the nearest trained centre of the class's clusters";
  }

  @Override
  public Operand<TFloat32> scores(ReadoutInputs in) {
    Ops tf = in.tf();
    // [batch, 1, d] - [k, d] -> [batch, k]; direct differences, as the host computes them
    Operand<TFloat32> diff = tf.math.sub(tf.expandDims(in.latent(), tf.constant(1)), in.matrix(CENTRES));
    Operand<TFloat32> negD2 = tf.math.neg(tf.sum(tf.math.square(diff), tf.constant(2)));
    // [batch, k, 1] + [1, k, classes]: a cluster counts for its class only (0 there, -FAR elsewhere)
    Operand<TFloat32> notMine = tf.math.mul(tf.math.sub(in.matrix(CLASS_OF), tf.constant(1f)), tf.constant(FAR));
    Operand<TFloat32> perCluster = tf.math.add(tf.expandDims(negD2, tf.constant(2)), tf.expandDims(notMine, tf.constant(0)));
    return tf.max(perCluster, tf.constant(1), Max.keepDims(false));
  }
}
