package io.sae.tf.readout;

import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.spi.ReadoutInputs;

import io.sae.api.data.FloatMatrix;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat32;

/**
 * A linear classifier on standardised latents ({@code linear}), e.g. the one-vs-rest linear SVMs a host fitted:
 * scores are {@code ((z - mean) / scale) W^T + bias}. Parameters: {@code mean} and {@code scale} (one row of the
 * latent's width; scale positive), {@code weights} (one row per class) and {@code bias} (one row, one per class).
 */
public final class LinearGraph implements ReadoutGraph {
  public static final String KIND = "linear";
  public static final String MEAN = "mean";
  public static final String SCALE = "scale";
  public static final String WEIGHTS = "weights";
  public static final String BIAS = "bias";

  @Override
  public String scoreMeaning() {
    return "decision values";
  }

  @Override
  public Operand<TFloat32> scores(ReadoutInputs in) {
    FloatMatrix mean = in.parameter(MEAN);
    FloatMatrix scale = in.parameter(SCALE);
    FloatMatrix weights = in.parameter(WEIGHTS);
    FloatMatrix bias = in.parameter(BIAS);
    if (mean.cols() != scale.cols() || weights.cols() != mean.cols() || weights.rows() != bias.cols()
        || bias.cols() != in.classes()) {
      throw new IllegalArgumentException("linear readout: mean " + mean.cols() + ", scale " + scale.cols() + ", weights "
          + weights.rows() + "x" + weights.cols() + ", bias " + bias.cols() + " do not fit together");
    }
    Ops tf = in.tf();
    Operand<TFloat32> standardized = tf.math.div(tf.math.sub(in.latent(), in.vector(MEAN)), in.vector(SCALE));
    return tf.math.add(tf.linalg.matMul(standardized, in.matrix(WEIGHTS), MatMul.transposeB(true)), in.vector(BIAS));
  }
}
