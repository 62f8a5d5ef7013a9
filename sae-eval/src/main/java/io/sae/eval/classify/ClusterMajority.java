package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;
import io.sae.geometry.KMeans;

/**
 * Reads a latent space by clustering: the project's k-means ({@link KMeans}: k-means++ seeding from {@link #seed()},
 * then Lloyd) on every
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
    KMeans.Result clustering = KMeans.fit(x, k, maxIterations, seed);
    int[] group = clustering.assignment();
    long[][] votes = new long[k][classes];
    long[] overall = new long[classes];
    for (int i = 0; i < y.length; i++) {
      if (y[i] != Dataset.UNLABELED) {
        Checks.classIndex("cluster-majority classifier", y[i], i, classes);
        votes[group[i]][y[i]]++;
        overall[y[i]]++;
      }
    }
    int fallback = argmax(overall);
    if (overall[fallback] == 0) {
      throw new InvalidInputException("cluster-majority classifier: no labelled training row");
    }
    int[] clusterClass = new int[k];
    for (int c = 0; c < clusterClass.length; c++) {
      int best = argmax(votes[c]);
      clusterClass[c] = votes[c][best] > 0 ? best : fallback;
    }
    return new Model(clustering.centres(), clusterClass, classes);
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
