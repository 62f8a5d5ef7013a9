package io.sae.tf.loss;

import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import io.sae.api.model.Activation;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * {@link io.sae.tf.spi.LossKinds#RECONSTRUCTION_BCE}: binary cross-entropy summed over the values of a
 * sample, averaged over samples. Computed from the decoder's logits as softplus(l) - l t
 * (TensorFlow's softplus kernel is the overflow-safe form), which needs a sigmoid output layer.
 */
public final class ReconstructionBceLoss implements LossBuilder {
  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    if (ctx.model().outputActivation() != Activation.SIGMOID) {
      throw new InvalidInputException("loss " + term.kind() + " needs a sigmoid output layer, the architecture has "
          + ctx.model().outputActivation().id());
    }
    Operand<TFloat32> l = ctx.model().reconstructionLogits()
        .orElseThrow(() -> new InvalidInputException("loss " + term.kind() + " needs a decoder, the architecture has none"));
    Operand<TFloat32> t = ctx.reconstructionTarget(term);
    // The composite form max(l, 0) - l t + log1p(exp(-|l|)) got gradients 18x off from finite differences
    // through TensorFlow's registered C++ gradients (GradientCheckTest); softplus has its own exact gradient.
    Operand<TFloat32> bce = tf.math.sub(tf.math.softplus(l), tf.math.mul(l, t));
    return BatchMeans.mean(tf, BatchMeans.rowSum(tf, bce));
  }
}
