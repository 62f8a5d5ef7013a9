package io.sae.methods.geometric;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LatentClusters;

/**
 * Similarity in a configured latent space, paper 003 Section 6.1. A latent z gets a class-similarity vector
 * v (Eq. 12): inside cluster i, v_i = 1 - k_b sin(d_i / r_ci) with k_b = (1 - b_c) / sin(1) (Eq. 13), so v_i
 * falls from 1 at the centre to b_c on the edge; outside, v_i = ReLU(b_c (R_d - d_i) / (R_d - r_ci)), falling
 * linearly to 0 at distance R_d, the distance between neighbouring centres (Eq. 14; for layouts other than the
 * paper's circle we take the smallest distance between two centres, which equals Eq. 14 on the circle).
 * Two points compare by sum_i min(v1_i, v2_i) / max(sum v1, sum v2) (Eq. 15).
 *
 * @param layout the configured clusters
 * @param boundary b_c, the similarity on a cluster's edge (paper: 0.79)
 */
public record ClassSimilarity(ClusterLayout layout, double boundary) {
  /** The paper's b_c. */
  public static final double PAPER_BOUNDARY = LatentClusters.PAPER_BOUNDARY;

  public ClassSimilarity {
    if (!(boundary > 0 && boundary < 1)) {
      throw new InvalidInputException("similarity boundary b_c must lie in (0, 1), got " + boundary);
    }
    for (int i = 0; i < layout.classes(); i++) {
      if (layout.radii()[i] >= layout.neighbourDistance()) {
        throw new InvalidInputException("similarity needs every cluster radius below the distance between neighbouring centres ("
            + layout.neighbourDistance() + "), class " + i + " has " + layout.radii()[i]);
      }
    }
  }

  /** R_d (Eq. 14, generalised as the smallest centre-to-centre distance). */
  public double neighbourDistance() {
    return layout.neighbourDistance();
  }

  /** The class-similarity vector of one latent (Eqs. 11-13). */
  public double[] vector(float[] z) {
    double kb = (1 - boundary) / Math.sin(1);
    double rd = neighbourDistance();
    double[] v = new double[layout.classes()];
    for (int i = 0; i < v.length; i++) {
      double d = layout.distance(z, i);
      double r = layout.radii()[i];
      v[i] = d <= r ? 1 - kb * Math.sin(d / r) : Math.max(0, boundary * (rd - d) / (rd - r));
    }
    return v;
  }

  /** Eq. 15 for two class-similarity vectors; 0 when both are all zero (far from every cluster). */
  public static double pair(double[] v1, double[] v2) {
    double common = 0;
    double s1 = 0;
    double s2 = 0;
    for (int i = 0; i < v1.length; i++) {
      common += Math.min(v1[i], v2[i]);
      s1 += v1[i];
      s2 += v2[i];
    }
    double denom = Math.max(s1, s2);
    return denom == 0 ? 0 : common / denom;
  }
}
