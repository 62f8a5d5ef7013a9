package io.sae.methods.geometric;

import io.sae.api.method.LossTerm;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Loss kind {@value #KIND}: the geometric loss L_G of paper 003, Eq. 8, with f_d(x, r_c) = exp(ReLU(x - r_c)) - 1
 * (Eq. 9). For every labelled sample j of class i, f_d of its latent's distance to centre C_i with radius r_ci,
 * summed over the batch as Eq. 8 writes it (unlabelled samples add nothing). Constants: {@code centres}
 * [classes, latentDim] and {@code radii} [1, classes].
 */
public final class GeometricLoss implements LossBuilder {
  /** Registered kind. */
  public static final String KIND = "geometric";

  @Override
  public Operand<TFloat32> build(LossTerm term, LossContext ctx) {
    return value(ctx.tf(), ctx.model().latent(), ctx.labelOneHot(), ctx.labelMask(), ctx.constant(term, "centres"),
        ctx.constant(term, "radii"));
  }

  /**
   * L_G of one batch.
   *
   * @param latent [batch, d]
   * @param oneHot [batch, n], zero rows for unlabelled samples
   * @param mask [batch], 1 for labelled samples
   * @param centres [n, d]
   * @param radii [1, n]
   */
  public static Operand<TFloat32> value(Ops tf, Operand<TFloat32> latent, Operand<TFloat32> oneHot, Operand<TFloat32> mask,
      Operand<TFloat32> centres, Operand<TFloat32> radii) {
    // each sample's own centre and radius: one-hot [b, n] x centres [n, d] -> [b, d]; radii [1, n] -> [b]
    Operand<TFloat32> ownCentre = tf.linalg.matMul(oneHot, centres);
    Operand<TFloat32> ownRadius = tf.sum(tf.math.mul(oneHot, radii), tf.constant(1));
    Operand<TFloat32> diff = tf.math.sub(latent, ownCentre);
    // sqrt has an infinite derivative at 0; the small floor only matters exactly on a centre, where f_d is flat anyway
    Operand<TFloat32> dist = tf.math.sqrt(tf.math.add(tf.sum(tf.math.square(diff), tf.constant(1)), tf.constant(1e-12f)));
    Operand<TFloat32> fd = tf.math.sub(tf.math.exp(tf.nn.relu(tf.math.sub(dist, ownRadius))), tf.constant(1f));
    return tf.sum(tf.math.mul(fd, mask), tf.constant(0));
  }
}
