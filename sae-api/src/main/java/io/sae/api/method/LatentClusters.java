package io.sae.api.method;

import io.sae.api.data.FloatMatrix;

/**
 * Configured latent clusters, one per class (paper 003, Section 5.2): a centre and a radius each, and the
 * class-similarity measure of Section 6.1 defined by them. Offered by a {@link ConfiguredLatentSpace} method.
 */
public interface LatentClusters {

  /** The paper's b_c, the similarity on a cluster's edge (paper 003, Section 6.1). */
  double PAPER_BOUNDARY = 0.79;

  /** The centres, [classes x latent], one row per class in label order. */
  FloatMatrix centres();

  /**
   * The radius of each class's cluster, in label order. In float, as the loss and the graph see them, so that
   * measures of "inside its cluster" agree with what training pulled toward.
   */
  float[] radii();

  /**
   * Whether training pulls latents into these clusters. False for a control run that only keeps the layout
   * (e.g. paper 003's CE-only run): its latents can be measured against the clusters, but the run is not
   * structured by them, so evaluation and search leave it alone.
   */
  boolean pulledByLoss();

  /**
   * Paper 003's class similarity (Eqs. 11-15) over these clusters.
   *
   * @param boundary b_c in (0, 1), the similarity on a cluster's edge ({@link #PAPER_BOUNDARY} in the paper)
   * @throws io.sae.api.InvalidInputException when b_c is outside (0, 1) or a radius reaches a neighbouring centre
   */
  LatentSimilarity similarity(double boundary);
}
