package com.example.dec;

import io.sae.api.method.LossTerm;
import io.sae.api.method.VariableKey;
import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.op.core.Sum;
import org.tensorflow.types.TFloat32;

/**
 * Loss kind {@code dec-kl}: the mean over the batch of KL(p_i || q_i) = sum_j p_ij log(p_ij / q_ij), where q_i is the
 * Student's t soft assignment of latent z_i to the plan's trainable centres (see {@link DecTargets#softAssignments})
 * and p_i the sample's row of the target field, which the hook computes and holds fixed between refreshes.
 * Parameters: {@code clusters} (k), {@code alpha} (the kernel's degrees of freedom); the field of P is read as {@code target}.
 * The centres are the plan variable {@link DecMethod#centres} of k rows and the latent size.
 */
public final class DecKlTerm implements LossBuilder {
  static final String KIND = "dec-kl";
  static final String CLUSTERS = "clusters";
  static final String ALPHA = "alpha";
  static final String TARGET = "target";

  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    int k = Integer.parseInt(ctx.requireParam(term, CLUSTERS));
    double alpha = Double.parseDouble(ctx.requireParam(term, ALPHA));
    VariableKey key = DecMethod.centres(k, ctx.model().spec().latentDim());
    return klDivergence(ctx.tf(), ctx.model().latent(), ctx.variable(key), ctx.field(term, TARGET), alpha);
  }

  /**
   * The batch mean of KL(p_i || q_i).
   *
   * @param z latents [batch, d]
   * @param mu centres [k, d]
   * @param p target distribution [batch, k] (rows sum to 1; treated as a constant)
   */
  static Operand<TFloat32> klDivergence(Ops tf, Operand<TFloat32> z, Operand<TFloat32> mu, Operand<TFloat32> p, double alpha) {
    Operand<TFloat32> logQ = logSoftAssignments(tf, z, mu, alpha);
    // p log p is constant in the weights; it makes the value a divergence (0 when Q = P). 0 log 0 = 0.
    Operand<TFloat32> logP = tf.math.log(tf.math.maximum(p, tf.constant(1e-30f)));
    Operand<TFloat32> perSample = BatchMeans.rowSum(tf, tf.math.mul(p, tf.math.sub(logP, logQ)));
    return BatchMeans.mean(tf, perSample);
  }

  /**
   * log q_ij [batch, k]: the log of the normalised kernel (1 + ||z_i - mu_j||^2 / alpha)^(-(alpha + 1) / 2), computed in
   * log space (log1p, then a log-sum-exp over j shifted by the row maximum) so that far-away centres do not underflow.
   */
  static Operand<TFloat32> logSoftAssignments(Ops tf, Operand<TFloat32> z, Operand<TFloat32> mu, double alpha) {
    // [batch, 1, d] - [1, k, d] -> squared distances [batch, k]
    Operand<TFloat32> diff = tf.math.sub(tf.expandDims(z, tf.constant(1)), tf.expandDims(mu, tf.constant(0)));
    Operand<TFloat32> d2 = tf.sum(tf.math.square(diff), tf.constant(2));
    Operand<TFloat32> logKernel = tf.math.mul(tf.constant((float) (-(alpha + 1) / 2)), tf.math.log1p(tf.math.div(d2, tf.constant((float) alpha))));
    // the shift has no effect on the value and a zero derivative, so its gradient is stopped
    Operand<TFloat32> shift = tf.stopGradient(tf.max(logKernel, tf.constant(1), Max.keepDims(true)));
    Operand<TFloat32> shifted = tf.math.sub(logKernel, shift);
    Operand<TFloat32> logNorm = tf.math.log(tf.sum(tf.math.exp(shifted), tf.constant(1), Sum.keepDims(true)));
    return tf.math.sub(shifted, logNorm);
  }
}
