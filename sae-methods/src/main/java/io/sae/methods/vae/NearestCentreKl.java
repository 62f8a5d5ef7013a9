package io.sae.methods.vae;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import io.sae.api.method.VariableKey;
import io.sae.tf.spi.NormalKl;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Loss kind {@value #KIND} (kmeans-vae, paper 004: "we compute the KL divergence between the latent vector and its
 * nearest k-means cluster"): KL(q(z|x) || N(c, I)) with c the centre nearest to the sample's latent mean, chosen in the
 * graph at every step from a fixed plan variable of K centres that {@link KMeansPriorHook} refits before every epoch.
 * Choosing c in the graph, not on the host, means no epoch has to encode the whole training set first. The choice
 * is by exact squared distance (first centre on a tie, as {@code KMeans.nearest}); neither the choice nor c passes a
 * gradient, so the term pulls the latents towards the centres and the centres stay what k-means made them.
 *
 * <p>Parameters: {@code centres} (the plan variable's name), {@code clusters} (K).
 */
final class NearestCentreKl implements LossBuilder {
  static final String KIND = "kl-nearest-centre";

  /** The plan variable holding the centres, K x latent. */
  static VariableKey centres(int clusters, int latentDim) {
    return VariableKey.fixed("kmeans-centres", clusters, latentDim);
  }

  /** The term: beta times the KL to the nearest of the centres in {@code key}. */
  static LossTerm term(VariableKey key, double beta) {
    return LossTerm.of(KIND, beta, java.util.Map.of("centres", key.name(), "clusters", String.valueOf(key.rows())));
  }

  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    Operand<TFloat32> logVar = NormalKl.logVar(term, ctx);
    Operand<TFloat32> mu = ctx.model().latentMean();
    int k;
    try {
      k = Integer.parseInt(ctx.requireParam(term, "clusters"));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("loss " + term.kind() + ": parameter 'clusters' must be a whole number, got '" + term.params().get("clusters") + "'");
    }
    int d = ctx.model().spec().latentDim();
    Operand<TFloat32> centres = ctx.variable(VariableKey.fixed(ctx.requireParam(term, "centres"), k, d));
    return divergenceToNearest(tf, mu, logVar, centres);
  }

  /**
   * The batch mean of KL(N(mu, diag(exp(lv))) || N(c(mu), I)), c(mu) the row of {@code centres} [K, d] nearest to
   * each row of {@code mu} [batch, d]; no gradient flows through the choice or into the centres.
   */
  static Operand<TFloat32> divergenceToNearest(Ops tf, Operand<TFloat32> mu, Operand<TFloat32> logVar, Operand<TFloat32> centres) {
    Operand<TFloat32> z = tf.stopGradient(mu);
    // [batch, 1, d] - [1, K, d]: exact differences rather than |z|^2 - 2 z.c + |c|^2, whose rounding could pick another centre
    Operand<TFloat32> diff = tf.math.sub(tf.expandDims(z, tf.constant(1)), tf.expandDims(centres, tf.constant(0)));
    Operand<TFloat32> squared = tf.reduceSum(tf.math.square(diff), tf.constant(2));
    Operand<TInt64> nearest = tf.math.argMin(squared, tf.constant(1));
    Operand<TFloat32> prior = tf.stopGradient(tf.gather(centres, nearest, tf.constant(0)));
    return NormalKl.divergence(tf, logVar, tf.math.sub(mu, prior));
  }
}
