package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;
import smile.clustering.CentroidClustering;
import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * Reads a latent space by clustering: k-means (Smile, k-means++ seeding from {@link #seed()}) on every
 * training latent, labelled or not; each cluster takes the majority class of its labelled members; a sample
 * gets the class of its nearest centre. A cluster without labelled members takes the class that is most
 * frequent among all labelled samples (ties: the smaller class index).
 *
 * <p>Scores are one-hot rows (1 for the predicted class), since the rule gives no graded confidence.
 *
 * @param k number of clusters
 * @param maxIterations k-means iterations at most
 * @param seed seed of the k-means++ initialisation
 */
public record ClusterMajority(int k, int maxIterations, long seed) implements LatentClassifier {

  public ClusterMajority {
    if (k < 1) {
      throw new InvalidInputException("cluster-majority classifier: k must be positive, got " + k);
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("cluster-majority classifier: iterations must be positive, got " + maxIterations);
    }
  }

  @Override
  public Model fit(FloatMatrix x, int[] y, int classes) {
    Checks.oneLabelPerRow("cluster-majority classifier", x, y);
    Checks.finite("cluster-majority training latents", x);
    if (x.rows() < k) {
      throw new InvalidInputException("cluster-majority classifier: " + x.rows() + " training rows cannot form " + k + " clusters");
    }
    CentroidClustering<double[], double[]> clustering;
    synchronized (ClusterMajority.class) { // Smile's seed is per thread, but keep seeding and fitting together
      MathEx.setSeed(seed);
      clustering = KMeans.fit(x.toDoubleRows(), k, maxIterations);
    }
    long[][] votes = new long[clustering.k()][classes];
    long[] overall = new long[classes];
    for (int i = 0; i < y.length; i++) {
      if (y[i] != Dataset.UNLABELED) {
        Checks.classIndex("cluster-majority classifier", y[i], i, classes);
        votes[clustering.group(i)][y[i]]++;
        overall[y[i]]++;
      }
    }
    int fallback = argmax(overall);
    if (overall[fallback] == 0) {
      throw new InvalidInputException("cluster-majority classifier: no labelled training row");
    }
    int[] clusterClass = new int[clustering.k()];
    for (int c = 0; c < clusterClass.length; c++) {
      int best = argmax(votes[c]);
      clusterClass[c] = votes[c][best] > 0 ? best : fallback;
    }
    double[][] centres = clustering.centers();
    float[] flat = new float[centres.length * x.cols()];
    for (int c = 0; c < centres.length; c++) {
      for (int j = 0; j < x.cols(); j++) {
        flat[c * x.cols() + j] = (float) centres[c][j];
      }
    }
    return new Model(new FloatMatrix(centres.length, x.cols(), flat), clusterClass, classes);
  }

  private static int argmax(long[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Fitted clusters.
   *
   * @param centres one row per cluster
   * @param clusterClass the class of each cluster
   * @param classes number of classes
   */
  public record Model(FloatMatrix centres, int[] clusterClass, int classes) implements FittedClassifier {
    @Override
    public int dimension() {
      return centres.cols();
    }

    /** The nearest centre of each row. */
    public int[] clusters(FloatMatrix x) {
      return NearestCentre.assign(centres, x);
    }

    @Override
    public FloatMatrix scores(FloatMatrix x) {
      int[] cluster = clusters(x);
      float[] out = new float[x.rows() * classes];
      for (int i = 0; i < cluster.length; i++) {
        out[i * classes + clusterClass[cluster[i]]] = 1f;
      }
      return new FloatMatrix(x.rows(), classes, out);
    }
  }
}
