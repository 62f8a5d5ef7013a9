package io.sae.api.method;

/**
 * Similarity of latent points with respect to configured clusters, paper 003 Section 6.1: each point gets a
 * class-similarity vector (one value per class, Eqs. 11-14), and two points compare by their vectors (Eq. 15).
 * Obtained from {@link LatentClusters#similarity}.
 */
public interface LatentSimilarity {

  /** The class-similarity vector of one latent point (Eq. 12), one value in [0, 1] per class. */
  double[] vector(float[] z);

  /** The similarity of two points from their class-similarity vectors (Eq. 15), in [0, 1]. */
  double pair(double[] v1, double[] v2);
}
