package io.sae.tf.spi;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Where a loss term or a transform creates what it learns (e.g. class centres). A variable made here is a model
 * parameter like the network's weights: Adam trains it, checkpoints and {@code weights.bin} keep it, a resumed run
 * restores it, and exports carry it. Its first values come from {@code init}, drawn from the run's seeded generator.
 */
public interface Variables {

  /**
   * A new trainable model parameter.
   *
   * @param name unique in the model; prefix it with the plugin's name, e.g. {@code center-loss/centres}
   * @throws IllegalArgumentException when the name is taken
   */
  Operand<TFloat32> trainable(String name, long[] shape, Initializer init);
}
