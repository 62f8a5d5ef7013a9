package com.example.centerloss;

import io.sae.api.method.LossTerm;
import io.sae.tf.spi.Initializer;
import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Loss kind {@code center-loss}: the mean over labelled samples of the mean squared distance between the
 * latent and its class centre. The centres are a trainable [classes, latent] variable created through
 * {@link LossContext#variables()}, so the optimizer moves them, checkpoints keep them and a resumed run
 * continues with them. Parameter {@code classes}: number of centres.
 */
public final class CenterLossTerm implements LossBuilder {
  static final String KIND = "center-loss";
  static final String CLASSES = "classes";

  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    int classes = Integer.parseInt(ctx.requireParam(term, CLASSES));
    int latent = ctx.model().spec().latentDim();
    // small random centres (seeded by the run's seed and the variable's name), so classes start apart
    Operand<TFloat32> centres = ctx.variables().trainable("center-loss/centres", new long[] {classes, latent}, new Initializer.Normal(0.1));
    // one-hot [batch, classes] x centres [classes, latent]: each labelled sample's centre (zeros if unlabelled)
    Operand<TFloat32> own = tf.linalg.matMul(ctx.labelOneHot(), centres);
    Operand<TFloat32> perSample = BatchMeans.rowMean(tf, tf.math.square(tf.math.sub(ctx.model().latent(), own)));
    return BatchMeans.maskedMean(tf, perSample, ctx.labelMask());
  }
}
