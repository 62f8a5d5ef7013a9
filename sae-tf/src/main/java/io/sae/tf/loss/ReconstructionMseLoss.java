package io.sae.tf.loss;

import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** {@link io.sae.tf.spi.LossKinds#RECONSTRUCTION_MSE}: mean over samples of the mean squared error per value. */
public final class ReconstructionMseLoss implements LossBuilder {
  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    Operand<TFloat32> xHat = ctx.model().reconstruction()
        .orElseThrow(() -> new InvalidInputException("loss " + term.kind() + " needs a decoder, the architecture has none"));
    Operand<TFloat32> diff = tf.math.sub(xHat, ctx.reconstructionTarget(term));
    return BatchMeans.mean(tf, BatchMeans.rowMean(tf, tf.math.square(diff)));
  }
}
