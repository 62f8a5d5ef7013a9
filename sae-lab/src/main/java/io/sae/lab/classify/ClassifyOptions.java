package io.sae.lab.classify;

import io.sae.api.InvalidInputException;
import io.sae.eval.classify.RbfSvm;
import io.sae.lab.cluster.FeatureSpace;

/**
 * How {@link Classification} scores a run: paper 002's four classifiers fitted on the labelled training rows.
 * {@link #DEFAULTS} are those of {@code sae classify}.
 *
 * @param on latents or raw inputs
 * @param knnK neighbours of the kNN vote
 * @param svmC C of the RBF SVM
 * @param svmRows most training rows of the RBF SVM (a seeded class-proportional subsample beyond; kernel SVM cost
 *     grows with their square)
 */
public record ClassifyOptions(FeatureSpace on, int knnK, double svmC, int svmRows) {
  /** The defaults of {@code sae classify}: latents, k = 5, C = 1, at most {@value RbfSvm#DEFAULT_MAX_ROWS} SVM rows. */
  public static final ClassifyOptions DEFAULTS = new ClassifyOptions(FeatureSpace.LATENTS, 5, 1.0, RbfSvm.DEFAULT_MAX_ROWS);

  /** Checks the settings before any model is loaded. */
  public ClassifyOptions {
    if (on == null) {
      throw new IllegalArgumentException("classify options need a feature space");
    }
    if (knnK < 1) {
      throw new InvalidInputException("--knn-k must be at least 1, got " + knnK);
    }
    if (!(svmC > 0) || Double.isInfinite(svmC)) {
      throw new InvalidInputException("--svm-c must be a positive number, got " + svmC);
    }
    if (svmRows < 1) {
      throw new InvalidInputException("--svm-rows must be at least 1, got " + svmRows);
    }
  }

  /** These options on latents or inputs. */
  public ClassifyOptions withOn(FeatureSpace f) {
    return new ClassifyOptions(f, knnK, svmC, svmRows);
  }
}
