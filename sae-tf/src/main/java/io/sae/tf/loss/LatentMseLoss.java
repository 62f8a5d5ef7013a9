package io.sae.tf.loss;

import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import io.sae.api.method.LossTerm;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * {@link io.sae.tf.spi.LossKinds#LATENT_MSE}: mean squared distance of the latent to a per-sample target,
 * averaged over latent dimensions and over the samples whose mask field is 1.
 */
public final class LatentMseLoss implements LossBuilder {
  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    Operand<TFloat32> target = ctx.field(term, "target");
    Operand<TFloat32> mask = tf.reshape(ctx.field(term, "mask"), tf.constant(new int[] {-1}));
    Operand<TFloat32> perSample = BatchMeans.rowMean(tf, tf.math.square(tf.math.sub(ctx.model().latent(), target)));
    return BatchMeans.maskedMean(tf, perSample, mask);
  }
}
