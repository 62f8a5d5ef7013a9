package io.sae.tf.loss;

import io.sae.api.method.LossTerm;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import io.sae.tf.spi.NormalKl;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * {@link io.sae.tf.spi.LossKinds#KL_NORMAL}: KL(N(mu, diag(exp(lv))) || N(m, I)) =
 * 0.5 * sum(exp(lv) + (mu - m)^2 - 1 - lv) over latent dimensions, averaged over samples ({@link NormalKl}). The prior
 * mean m is the sample field the term reads as {@code prior_mean}, or 0.
 */
public final class KlNormalLoss implements LossBuilder {
  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    Operand<TFloat32> logVar = NormalKl.logVar(term, ctx);
    Operand<TFloat32> mu = ctx.model().latentMean();
    Operand<TFloat32> centred = term.fields().containsKey("prior_mean") ? tf.math.sub(mu, ctx.field(term, "prior_mean")) : mu;
    return NormalKl.divergence(tf, logVar, centred);
  }
}
