package com.example.dec;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;

/**
 * DEC's own readout: each latent's cluster is argmax_j q_ij, which is its nearest centre, since the Student's t kernel
 * falls with the distance for every alpha > 0 (so the assignment needs neither alpha nor the normalisation). Used by
 * the hook and by the readout {@link DecReadout}.
 */
public final class DecAssignments {
  private DecAssignments() {}

  /**
   * For each row of {@code latents} [n, d], the index of the nearest row of {@code centres} [k, d] (squared Euclidean
   * distance; the first of equally near centres).
   */
  public static int[] assign(FloatMatrix latents, FloatMatrix centres) {
    return KMeans.nearest(centres, latents); // the same squared distances and first-of-ties rule as k-means' assignment step
  }
}
