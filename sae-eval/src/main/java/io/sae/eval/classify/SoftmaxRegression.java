package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import smile.classification.LogisticRegression;

/**
 * Multinomial logistic regression: paper 002's "MLP without hidden layers" (a softmax layer trained with
 * cross-entropy, Eqs. 4-5), fitted with Smile's L-BFGS to convergence rather than with mini-batch gradient
 * descent. Features are standardised on the training rows first; the L2 penalty {@code lambda} (on
 * standardised weights, added to the summed negative log-likelihood) keeps the fit finite on separable data.
 * Scores are the class probabilities. Deterministic.
 *
 * @param lambda L2 penalty (non-negative)
 * @param maxIterations L-BFGS iterations at most
 */
public record SoftmaxRegression(double lambda, int maxIterations) implements LatentClassifier {
  /** Penalty 1e-3, at most 500 iterations. */
  public static final SoftmaxRegression DEFAULT = new SoftmaxRegression(1e-3, 500);

  public SoftmaxRegression {
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new InvalidInputException("softmax regression: lambda must be a non-negative number, got " + lambda);
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("softmax regression: iterations must be positive, got " + maxIterations);
    }
  }

  @Override
  public Model fit(FloatMatrix x, int[] y, int classes) {
    LabelledRows l = LabelledRows.of("softmax regression", x, y, classes);
    FloatMatrix train = x.rows(l.rows());
    Standardizer standardizer = Standardizer.fit(train);
    LogisticRegression m = LogisticRegression.multinomial(
        standardizer.apply(train), l.labels(), new LogisticRegression.Options(lambda, 1e-5, maxIterations));
    return new Model(standardizer, m, classes);
  }

  /** The fitted model with its input standardisation. */
  public record Model(Standardizer standardizer, LogisticRegression regression, int classes) implements FittedClassifier {
    @Override
    public int dimension() {
      return standardizer.dimension();
    }

    @Override
    public FloatMatrix scores(FloatMatrix x) {
      LabelledRows.checkWidth("softmax regression", x, dimension());
      double[][] z = standardizer.apply(x);
      float[] out = new float[x.rows() * classes];
      double[] p = new double[classes];
      for (int i = 0; i < z.length; i++) {
        regression.predict(z[i], p);
        for (int c = 0; c < classes; c++) {
          out[i * classes + c] = (float) p[c];
        }
      }
      return new FloatMatrix(x.rows(), classes, out);
    }
  }
}
