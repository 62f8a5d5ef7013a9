package io.sae.tf.spi;

import io.sae.api.model.TransformSpec;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Builds an encoder-side transform (see {@link TransformSpec}): ops that take the latent projection's output
 * [batch, latentDim] to the latent z [batch, latentDim]. Registered by kind with
 * {@link io.sae.tf.TfExtensions#TRANSFORMS}.
 */
public interface TransformBuilder {

  /**
   * @param tf ops of the graph
   * @param preLatent output of the latent projection
   * @param spec the transform's parameters
   * @param latentDim latent size
   * @param variables where to create any trainable parameter (names should start with {@code transform/})
   */
  Operand<TFloat32> apply(Ops tf, Operand<TFloat32> preLatent, TransformSpec spec, int latentDim, Variables variables);
}
