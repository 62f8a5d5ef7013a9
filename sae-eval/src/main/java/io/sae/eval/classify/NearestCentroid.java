package io.sae.eval.classify;

import io.sae.api.data.FloatMatrix;

/**
 * The nearest-centroid classifier of paper 002 (Section 3.3): each class is the mean of its labelled training
 * rows and a sample takes the class of the nearest mean ({@link NearestCentre#assign}, Euclidean, first on
 * ties). Scores are negative squared distances. No parameters, no randomness.
 */
public record NearestCentroid() implements LatentClassifier {

  @Override
  public Model fit(FloatMatrix x, int[] y, int classes) {
    LabelledRows l = LabelledRows.of("nearest centroid", x, y, classes);
    int d = x.cols();
    double[] sums = new double[classes * d];
    int[] counts = new int[classes];
    for (int i = 0; i < l.rows().length; i++) {
      int c = l.labels()[i];
      counts[c]++;
      for (int j = 0; j < d; j++) {
        sums[c * d + j] += x.get(l.rows()[i], j);
      }
    }
    float[] centres = new float[classes * d];
    for (int c = 0; c < classes; c++) {
      for (int j = 0; j < d; j++) {
        centres[c * d + j] = (float) (sums[c * d + j] / counts[c]);
      }
    }
    return new Model(new FloatMatrix(classes, d, centres));
  }

  /** @param centroids one row per class */
  public record Model(FloatMatrix centroids) implements FittedClassifier {
    @Override
    public int classes() {
      return centroids.rows();
    }

    @Override
    public int dimension() {
      return centroids.cols();
    }

    @Override
    public FloatMatrix scores(FloatMatrix x) {
      LabelledRows.checkWidth("nearest centroid", x, dimension());
      int k = classes();
      int d = dimension();
      float[] out = new float[x.rows() * k];
      for (int i = 0; i < x.rows(); i++) {
        for (int c = 0; c < k; c++) {
          double s = 0;
          for (int j = 0; j < d; j++) {
            double diff = x.get(i, j) - centroids.get(c, j);
            s += diff * diff;
          }
          out[i * k + c] = (float) -s;
        }
      }
      return new FloatMatrix(x.rows(), k, out);
    }

    @Override
    public int[] predict(FloatMatrix x) {
      LabelledRows.checkWidth("nearest centroid", x, dimension());
      return NearestCentre.assign(centroids, x); // exact distances, not the float scores
    }
  }
}
