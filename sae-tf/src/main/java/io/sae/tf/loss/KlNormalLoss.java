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
 * {@link io.sae.tf.spi.LossKinds#KL_NORMAL}: KL(N(mu, diag(exp(lv))) || N(m, I)) =
 * 0.5 * sum(exp(lv) + (mu - m)^2 - 1 - lv) over latent dimensions, averaged over samples. The prior mean m is
 * the sample field the term reads as {@code prior_mean}, or 0.
 */
public final class KlNormalLoss implements LossBuilder {
  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    Operand<TFloat32> logVar = logVar(term, ctx);
    Operand<TFloat32> mu = ctx.model().latentMean();
    Operand<TFloat32> centred = term.fields().containsKey("prior_mean") ? tf.math.sub(mu, ctx.field(term, "prior_mean")) : mu;
    return divergence(tf, logVar, centred);
  }

  /** The model's latent log-variance, which a KL term needs. @throws InvalidInputException without a variational head */
  public static Operand<TFloat32> logVar(LossTerm term, LossContext ctx) {
    return ctx.model().latentLogVar()
        .orElseThrow(() -> new InvalidInputException("loss " + term.kind() + " needs a variational head, the architecture has none"));
  }

  /**
   * The batch mean of KL(N(mu, diag(exp(lv))) || N(m, I)) from {@code centred} = mu - m [batch, d] and lv [batch, d],
   * for loss terms that find m in the graph.
   */
  public static Operand<TFloat32> divergence(Ops tf, Operand<TFloat32> logVar, Operand<TFloat32> centred) {
    Operand<TFloat32> kl = tf.math.sub(
        tf.math.add(tf.math.exp(logVar), tf.math.square(centred)),
        tf.math.add(tf.constant(1f), logVar));
    return BatchMeans.mean(tf, tf.math.mul(tf.constant(0.5f), BatchMeans.rowSum(tf, kl)));
  }
}
