package io.sae.api.method;

import io.sae.api.data.FloatMatrix;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An optional capability of a {@link StructuringMethod} with a variational latent whose prior is a set of unit
 * Gaussians N(m_j, I), one per class or per cluster (paper 004's lambda-hot and k-means VAEs). {@code sae sample}
 * draws from one component by decoding m_j + noise.
 */
public interface ComponentPrior {

  /** What selects a component: a class ({@code sae sample --class}) or a cluster ({@code --cluster}). */
  enum Selector {
    CLASS,
    CLUSTER
  }

  /** What selects a component of this method's prior. */
  Selector selector();

  /**
   * The component means, one row per class or cluster, of the latent's width.
   *
   * @param request the run's planning request (options, data facts, latent size)
   * @param hookState the hook folder of the run's last checkpoint, for means the hook learned (k-means centres)
   * @throws IOException when the saved state cannot be read
   */
  FloatMatrix componentMeans(PlanRequest request, Path hookState) throws IOException;
}
