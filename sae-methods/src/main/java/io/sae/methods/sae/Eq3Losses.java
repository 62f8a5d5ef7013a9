package io.sae.methods.sae;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import io.sae.tf.spi.BatchMeans;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Paper 001's Eq. 3 as written, per sample: a labelled sample contributes gamma * L_S + (1 - gamma) * L_AE, an
 * unlabelled one L_AE ("for unlabeled data L_SAE = L_AE"), and a mini-batch's loss is the mean over all its samples.
 * Split into two terms so that each is reported on its own, with term weights gamma and 1:
 *
 * <ul>
 *   <li>{@link #STRUCTURE}: (1/B) sum over the batch of mask_i * L_S,i, i.e. the structural loss of the labelled samples
 *       divided by the whole batch's size, not by the number of labelled samples in it;
 *   <li>{@link #RECONSTRUCTION}: (1/B) sum of w_i * L_AE,i with w_i = 1 - gamma for labelled and 1 for unlabelled
 *       samples (parameter {@code gamma}).
 * </ul>
 *
 * L_S,i is the mean squared distance of sample i's latent to its target, L_AE,i the mean squared reconstruction error
 * of its values, as in the built-in {@code latent-mse} and {@code reconstruction-mse} terms. Both read the target and
 * mask fields the {@link StructureTargets} hook fills.
 */
final class Eq3Losses {
  /** The structural term's kind. */
  static final String STRUCTURE = "sae-eq3-structure";
  /** The reconstruction term's kind. */
  static final String RECONSTRUCTION = "sae-eq3-reconstruction";
  /** The reconstruction term's parameter: gamma, the labelled samples' structural weight. */
  static final String GAMMA = "gamma";

  private Eq3Losses() {}

  /** The structural term: labelled samples' latent MSE, summed and divided by the batch size. */
  static final class Structure implements LossBuilder {
    @Override
    public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
      Ops tf = ctx.tf();
      return structure(tf, ctx.model().latent(), ctx.field(term, "target"), tf.reshape(ctx.field(term, "mask"), tf.constant(new int[] {-1})));
    }
  }

  /** (1/B) sum_i mask_i * mean_j (z_ij - target_ij)^2 for a batch of B latents, targets and a [B] mask. */
  static Operand<TFloat32> structure(Ops tf, Operand<TFloat32> z, Operand<TFloat32> target, Operand<TFloat32> mask) {
    Operand<TFloat32> perSample = BatchMeans.rowMean(tf, tf.math.square(tf.math.sub(z, target)));
    return BatchMeans.mean(tf, tf.math.mul(perSample, mask));
  }

  /** (1/B) sum_i (1 - gamma * mask_i) * mean_j (xHat_ij - x_ij)^2 for a batch of B samples and a [B] mask. */
  static Operand<TFloat32> reconstruction(Ops tf, Operand<TFloat32> xHat, Operand<TFloat32> x, Operand<TFloat32> mask, float gamma) {
    Operand<TFloat32> perSample = BatchMeans.rowMean(tf, tf.math.square(tf.math.sub(xHat, x)));
    Operand<TFloat32> weight = tf.math.sub(tf.constant(1f), tf.math.mul(mask, tf.constant(gamma)));
    return BatchMeans.mean(tf, tf.math.mul(perSample, weight));
  }

  /** The reconstruction term: each sample's MSE weighted 1 - gamma when labelled, 1 when not, averaged over the batch. */
  static final class Reconstruction implements LossBuilder {
    @Override
    public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
      Ops tf = ctx.tf();
      float gamma = gamma(term, ctx);
      Operand<TFloat32> xHat = ctx.model().reconstruction()
          .orElseThrow(() -> new InvalidInputException("loss " + term.kind() + " needs a decoder, the architecture has none"));
      return reconstruction(tf, xHat, ctx.model().input(), tf.reshape(ctx.field(term, "mask"), tf.constant(new int[] {-1})), gamma);
    }

    private static float gamma(LossTerm term, LossContext ctx) {
      String v = ctx.requireParam(term, GAMMA);
      float g;
      try {
        g = Float.parseFloat(v);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("loss term " + term.kind() + ": gamma must be a number, got '" + v + "'");
      }
      if (!(g >= 0 && g <= 1)) {
        throw new InvalidInputException("loss term " + term.kind() + ": gamma must be in [0, 1], got " + v);
      }
      return g;
    }
  }
}
