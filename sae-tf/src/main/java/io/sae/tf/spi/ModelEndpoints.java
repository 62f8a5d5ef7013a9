package io.sae.tf.spi;

import io.sae.api.model.Activation;
import io.sae.api.model.ArchitectureSpec;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The model's graph endpoints a loss term reads, per mini-batch. Optional ones exist only for the architectures
 * that have them (a decoder, a classifier head, a variational head).
 */
public interface ModelEndpoints {

  /** The architecture the graph was built from (latent size, classes, heads). */
  ArchitectureSpec spec();

  /** Flat input samples [batch, D]. */
  Operand<TFloat32> input();

  /** The latent the decoder and the losses use [batch, latent]: sampled for variational models. */
  Operand<TFloat32> latent();

  /** The deterministic latent: the mean for variational models, else {@link #latent()}. */
  Operand<TFloat32> latentMean();

  /** log sigma^2 of a variational head. */
  Optional<Operand<TFloat32>> latentLogVar();

  /** The decoder's output [batch, D], after its output activation. */
  Optional<Operand<TFloat32>> reconstruction();

  /** The decoder's output before a sigmoid output activation (for numerically stable cross-entropy). */
  Optional<Operand<TFloat32>> reconstructionLogits();

  /** Output activation of the decoder. */
  Activation outputActivation();

  /** The classifier head's logits [batch, classes]. */
  Optional<Operand<TFloat32>> logits();

  /** The classifier head's softmax probabilities [batch, classes]. */
  Optional<Operand<TFloat32>> probabilities();
}
