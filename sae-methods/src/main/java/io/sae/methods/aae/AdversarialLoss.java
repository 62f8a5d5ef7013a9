package io.sae.methods.aae;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.Initializer;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The adversarial part of an adversarial autoencoder as one loss term, so that the discriminator trains through the
 * same trainer and Adam step as the autoencoder: value = L_D + lambda * L_G with
 *
 * <ul>
 *   <li>L_D = mean softplus(-D(p)) + mean softplus(D(sg(z))): the discriminator's cross-entropy, prior draws p labelled
 *       1, encoded latents z labelled 0; the latents enter through a stop-gradient, so L_D trains D only;
 *   <li>L_G = mean softplus(-D_sg(z)): the encoder's non-saturating generator loss, through a copy of D whose weights
 *       enter through stop-gradients, so L_G trains the encoder only.
 * </ul>
 *
 * D is a ReLU MLP d-h-h-1 whose weights are model parameters of this term ({@code aae/discriminator/...}). Makhzani et
 * al. alternate a reconstruction, a discriminator and a generator phase per mini-batch; this term updates all three
 * in one step from the same batch (simultaneous gradient descent), the documented difference of this implementation.
 *
 * <p>Fields: {@code prior}, one prior draw per sample (the method's {@link PriorDraws} hook). Parameters:
 * {@code lambda} (generator weight), {@code hidden} (units of D's hidden layers).
 */
public final class AdversarialLoss implements LossBuilder {
  /** The term's kind. */
  public static final String KIND = "aae-adversarial";

  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    Ops tf = ctx.tf();
    float lambda = number(term, ctx, "lambda");
    int hidden = (int) number(term, ctx, "hidden");
    int d = ctx.model().spec().latentDim();
    Discriminator disc = new Discriminator(
        ctx.variables().trainable("aae/discriminator/w0", new long[] {d, hidden}, new Initializer.GlorotUniform()),
        ctx.variables().trainable("aae/discriminator/b0", new long[] {hidden}, new Initializer.Constant(0)),
        ctx.variables().trainable("aae/discriminator/w1", new long[] {hidden, hidden}, new Initializer.GlorotUniform()),
        ctx.variables().trainable("aae/discriminator/b1", new long[] {hidden}, new Initializer.Constant(0)),
        ctx.variables().trainable("aae/discriminator/w2", new long[] {hidden, 1}, new Initializer.GlorotUniform()),
        ctx.variables().trainable("aae/discriminator/b2", new long[] {1}, new Initializer.Constant(0)));
    return value(tf, disc, ctx.model().latent(), ctx.field(term, "prior"), lambda);
  }

  /** L_D + lambda * L_G for latents {@code z} and prior draws {@code prior}, both [B, d]. */
  static Operand<TFloat32> value(Ops tf, Discriminator d, Operand<TFloat32> z, Operand<TFloat32> prior, float lambda) {
    Operand<TFloat32> real = d.logits(tf, prior, false);
    Operand<TFloat32> fake = d.logits(tf, tf.stopGradient(z), false);
    Operand<TFloat32> discriminator = tf.math.add(
        BatchMeans.mean(tf, tf.math.softplus(tf.math.neg(real))), BatchMeans.mean(tf, tf.math.softplus(fake)));
    Operand<TFloat32> generator = BatchMeans.mean(tf, tf.math.softplus(tf.math.neg(d.logits(tf, z, true))));
    return tf.math.add(discriminator, tf.math.mul(generator, tf.constant(lambda)));
  }

  private static float number(LossTerm term, LossContext ctx, String name) {
    String v = ctx.requireParam(term, name);
    try {
      return Float.parseFloat(v);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("loss term " + term.kind() + ": " + name + " must be a number, got '" + v + "'");
    }
  }

  /** The discriminator's weights: two ReLU layers and a linear output of one logit per sample. */
  record Discriminator(Operand<TFloat32> w0, Operand<TFloat32> b0, Operand<TFloat32> w1, Operand<TFloat32> b1, Operand<TFloat32> w2,
      Operand<TFloat32> b2) {
    /** The logits [B] of {@code z}; with {@code frozen} every weight enters through a stop-gradient. */
    Operand<TFloat32> logits(Ops tf, Operand<TFloat32> z, boolean frozen) {
      Operand<TFloat32> h = tf.nn.relu(tf.nn.biasAdd(tf.linalg.matMul(z, w(tf, w0, frozen)), w(tf, b0, frozen)));
      h = tf.nn.relu(tf.nn.biasAdd(tf.linalg.matMul(h, w(tf, w1, frozen)), w(tf, b1, frozen)));
      Operand<TFloat32> out = tf.nn.biasAdd(tf.linalg.matMul(h, w(tf, w2, frozen)), w(tf, b2, frozen));
      return tf.reshape(out, tf.constant(new int[] {-1}));
    }

    private static Operand<TFloat32> w(Ops tf, Operand<TFloat32> v, boolean frozen) {
      // a copy first: the trainer's Adam update of a variable waits for the ops that read the variable itself, and a
      // StopGradient straight on it would only pass the buffer on, so the product after it could read a half-updated
      // weight (measured: runs with the same seed differed)
      return frozen ? tf.stopGradient(tf.snapshot(v)) : v;
    }
  }
}
