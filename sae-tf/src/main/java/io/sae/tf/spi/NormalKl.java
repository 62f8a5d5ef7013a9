package io.sae.tf.spi;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** KL(N(mu, diag(exp(lv))) || N(m, I)) for loss terms: the built-in {@code kl-normal} and plugins that find m themselves. */
public final class NormalKl {
  private NormalKl() {}

  /** The model's latent log-variance. @throws InvalidInputException without a variational head */
  public static Operand<TFloat32> logVar(LossTerm term, LossContext ctx) {
    return ctx.model().latentLogVar()
        .orElseThrow(() -> new InvalidInputException("loss " + term.kind() + " needs a variational head, the architecture has none"));
  }

  /**
   * The batch mean of 0.5 * sum(exp(lv) + (mu - m)^2 - 1 - lv) over latent dimensions, from {@code centred} = mu - m
   * [batch, d] and lv [batch, d].
   */
  public static Operand<TFloat32> divergence(Ops tf, Operand<TFloat32> logVar, Operand<TFloat32> centred) {
    Operand<TFloat32> kl = tf.math.sub(
        tf.math.add(tf.math.exp(logVar), tf.math.square(centred)),
        tf.math.add(tf.constant(1f), logVar));
    return BatchMeans.mean(tf, tf.math.mul(tf.constant(0.5f), BatchMeans.rowSum(tf, kl)));
  }
}
