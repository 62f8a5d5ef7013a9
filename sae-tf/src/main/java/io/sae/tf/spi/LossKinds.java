package io.sae.tf.spi;

/**
 * Names of the loss terms the TensorFlow core builds, and their parameters. Every term is a mean over the
 * samples of a mini-batch; a masked term averages over the samples whose mask is 1 and is 0 when none is.
 */
public final class LossKinds {
  private LossKinds() {}

  /**
   * Mean squared error between reconstruction and a target, averaged over values. The target is the input, or
   * the {@link io.sae.api.method.SampleField} of input width the term reads as {@code target} (shifted targets).
   */
  public static final String RECONSTRUCTION_MSE = "reconstruction-mse";

  /**
   * Binary cross-entropy of the reconstruction against the target (values in [0,1]), summed over the values of
   * a sample and averaged over samples. Target as for {@link #RECONSTRUCTION_MSE}.
   */
  public static final String RECONSTRUCTION_BCE = "reconstruction-bce";

  /** Softmax cross-entropy of the classifier head against the labels, over labelled samples only. */
  public static final String SOFTMAX_CROSS_ENTROPY = "softmax-cross-entropy";

  /**
   * Mean squared error between the latent and a per-sample target, averaged over latent dimensions and over
   * the samples whose mask is 1. Fields {@code target} (latent width) and {@code mask} (width 1).
   */
  public static final String LATENT_MSE = "latent-mse";

  /**
   * KL divergence from q(z|x) = N(z_mean, exp(z_logvar)) to N(m, I), summed over latent dimensions, averaged
   * over samples; needs a variational head. Field {@code prior_mean} (latent width), or none for N(0, I).
   */
  public static final String KL_NORMAL = "kl-normal";

  /** Parameter naming the term in the metrics (defaults to the kind). */
  public static final String NAME = "name";
}
