package io.sae.methods.geometric;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentClusters;
import io.sae.api.method.LatentSimilarity;

/**
 * A {@link ClusterLayout} offered through the SPI ({@link LatentClusters}). The radii are the float ones of the
 * loss term ({@link ClusterLayout#radiiRow}), and the similarity is computed from them too, so that search and
 * measures see exactly the clusters training pulled toward.
 *
 * @param layout the configured clusters
 * @param pulledByLoss whether the run's loss has the geometric term (weight above 0)
 */
record ConfiguredLayout(ClusterLayout layout, boolean pulledByLoss) implements LatentClusters {

  @Override
  public FloatMatrix centres() {
    return layout.centres();
  }

  @Override
  public float[] radii() {
    return layout.radiiRow().data();
  }

  @Override
  public LatentSimilarity similarity(double boundary) {
    float[] r = radii();
    double[] radii = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      radii[i] = r[i];
    }
    ClassSimilarity sim = new ClassSimilarity(new ClusterLayout(layout.centres(), radii), boundary);
    return new LatentSimilarity() {
      @Override
      public double[] vector(float[] z) {
        return sim.vector(z);
      }

      @Override
      public double pair(double[] v1, double[] v2) {
        return ClassSimilarity.pair(v1, v2);
      }
    };
  }
}
