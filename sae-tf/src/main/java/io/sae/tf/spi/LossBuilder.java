package io.sae.tf.spi;

import io.sae.api.method.LossTerm;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Builds the graph of one loss kind. Registered by kind with {@link io.sae.tf.TfExtensions#LOSSES}; a plugin
 * that brings a new kind of term registers its builder there and names the kind in its
 * {@link io.sae.api.method.TrainingPlan}.
 */
public interface LossBuilder {

  /**
   * @return a scalar: the term's value for the batch, before its weight is applied
   * @throws io.sae.api.InvalidInputException when the model lacks what the term needs
   */
  Operand<TFloat32> build(LossTerm term, LossContext context);
}
