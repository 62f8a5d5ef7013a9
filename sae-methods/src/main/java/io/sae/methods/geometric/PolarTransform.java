package io.sae.methods.geometric;

import io.sae.api.InvalidInputException;
import io.sae.api.model.TransformSpec;
import io.sae.tf.spi.Variables;
import io.sae.tf.spi.TransformBuilder;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Transform kind {@value #KIND}: paper 003's encoder configuration, Eqs. 4-7, on a 2-D latent. With
 * r = hypot(z0, z1), phi = atan2(z1, z0) and phi' = phi + rotation for angles in a prohibited part,
 * z' = (r cos phi', r sin phi'). We build it as z' = z + m (R z - z), where R is the rotation matrix and m the
 * 0/1 mask of prohibited angles: the same values, and gradients flow through the rotation only (the mask is
 * piecewise constant, so its gradient is zero almost everywhere; it is held out of differentiation).
 */
public final class PolarTransform implements TransformBuilder {
  /** Registered kind. */
  public static final String KIND = "polar";

  @Override
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> preLatent, TransformSpec spec, int latentDim, Variables variables) {
    if (latentDim != 2) {
      throw new InvalidInputException("the polar transform needs a 2-dimensional latent (--latent 2), got " + latentDim);
    }
    PolarSectors s = PolarSectors.fromParams(spec.params());
    Operand<TFloat32> z = preLatent;
    Operand<TFloat32> x = tf.squeeze(tf.slice(z, tf.constant(new int[] {0, 0}), tf.constant(new int[] {-1, 1})),
        org.tensorflow.op.core.Squeeze.axis(java.util.List.of(1L)));
    Operand<TFloat32> y = tf.squeeze(tf.slice(z, tf.constant(new int[] {0, 1}), tf.constant(new int[] {-1, 1})),
        org.tensorflow.op.core.Squeeze.axis(java.util.List.of(1L)));
    Operand<TFloat32> phi = tf.stopGradient(tf.math.atan2(y, x));
    Operand<TFloat32> inSlot = tf.math.floorMod(phi, tf.constant((float) s.slot())); // floorMod: result in [0, slot)
    Operand<TFloat32> mask = tf.stopGradient(tf.dtypes.cast(tf.math.greater(inSlot, tf.constant((float) s.sector())), TFloat32.class));
    float c = (float) Math.cos(s.rotation());
    float sn = (float) Math.sin(s.rotation());
    // row vectors: (x, y) R^T = (x c - y s, x s + y c)
    Operand<TFloat32> rot = tf.constant(new float[][] {{c, sn}, {-sn, c}});
    Operand<TFloat32> rotated = tf.linalg.matMul(z, rot);
    Operand<TFloat32> m = tf.expandDims(mask, tf.constant(1));
    return tf.math.add(z, tf.math.mul(m, tf.math.sub(rotated, z)));
  }
}
