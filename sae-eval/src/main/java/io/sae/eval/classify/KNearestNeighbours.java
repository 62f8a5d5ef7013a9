package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.geometry.NearestSet;
import io.sae.geometry.ProjectedSlab;

/**
 * k-nearest-neighbour majority vote (paper 002, Section 3.3) with Euclidean distances on the raw latents. The
 * neighbours are found exactly with a {@link ProjectedSlab} along the training rows' principal axis (no N x N
 * matrix); among equally distant training rows
 * the one of smaller index counts. Scores are vote shares; a tie between classes goes to the smaller class
 * index.
 *
 * @param k neighbours per vote (positive)
 */
public record KNearestNeighbours(int k) implements LatentClassifier {
  public KNearestNeighbours {
    if (k < 1) {
      throw new InvalidInputException("kNN classifier: k must be positive, got " + k);
    }
  }

  @Override
  public Model fit(FloatMatrix x, int[] y, int classes) {
    LabelledRows l = LabelledRows.of("kNN classifier", x, y, classes);
    if (l.rows().length < k) {
      throw new InvalidInputException("kNN classifier: k = " + k + " but only " + l.rows().length + " labelled training rows");
    }
    FloatMatrix train = x.rows(l.rows());
    int[] all = java.util.stream.IntStream.range(0, train.rows()).toArray();
    return new Model(ProjectedSlab.build(train, all, ProjectedSlab.principalAxis(train, all)), l.labels(), classes, k, x.cols());
  }

  /** The indexed training rows with their labels. */
  public record Model(ProjectedSlab index, int[] labels, int classes, int k, int dimension) implements FittedClassifier {
    @Override
    public FloatMatrix scores(FloatMatrix x) {
      LabelledRows.checkWidth("kNN classifier", x, dimension);
      float[] out = new float[x.rows() * classes];
      NearestSet set = new NearestSet(k);
      int[] found = new int[k];
      for (int i = 0; i < x.rows(); i++) {
        set.reset();
        index.search(x.row(i), -1, set);
        int n = set.copyRows(found, 0);
        for (int m = 0; m < n; m++) {
          out[i * classes + labels[found[m]]] += 1f / k;
        }
      }
      return new FloatMatrix(x.rows(), classes, out);
    }
  }
}
