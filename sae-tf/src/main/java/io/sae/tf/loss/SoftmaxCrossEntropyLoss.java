package io.sae.tf.loss;

import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * {@link io.sae.tf.spi.LossKinds#SOFTMAX_CROSS_ENTROPY}: -sum(y log softmax(logits)) over the labelled
 * samples of the batch (log-softmax keeps it stable).
 */
public final class SoftmaxCrossEntropyLoss implements LossBuilder {
  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    Operand<TFloat32> logits = ctx.model().logits()
        .orElseThrow(() -> new InvalidInputException("loss " + term.kind() + " needs a classifier head, the architecture has none"));
    Operand<TFloat32> perSample = tf.math.neg(BatchMeans.rowSum(tf, tf.math.mul(ctx.labelOneHot(), tf.nn.logSoftmax(logits))));
    return BatchMeans.maskedMean(tf, perSample, ctx.labelMask());
  }
}
