package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import smile.classification.SVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;

/**
 * One-vs-rest SVMs with a Gaussian (RBF) kernel, the "SVM" of paper 002's classification tables. LIBLINEAR has
 * no kernels, so this uses Smile's kernel SVM (LASVM), whose cost grows with the square of the training rows:
 * beyond {@code maxRows} labelled rows it is fitted on a seeded class-proportional subsample (default
 * {@value #DEFAULT_MAX_ROWS}). Features are standardised on the training rows; the kernel is
 * exp(-gamma |x - y|^2) with gamma = 1 / d (scikit-learn's {@code gamma="scale"} for standardised data), i.e.
 * Smile's sigma = sqrt(d / 2). Scores are the decision values of each class's SVM.
 *
 * @param c soft-margin penalty (positive)
 * @param maxRows most labelled rows used for fitting
 * @param seed seed of the subsample and of the order LASVM visits the rows in
 */
public record RbfSvm(double c, int maxRows, long seed) implements LatentClassifier {
  /** Default cap on the training rows. */
  public static final int DEFAULT_MAX_ROWS = 5_000;

  public RbfSvm {
    if (!(c > 0) || Double.isInfinite(c)) {
      throw new InvalidInputException("RBF SVM: C must be a positive number, got " + c);
    }
    if (maxRows < 2) {
      throw new InvalidInputException("RBF SVM: the row cap must be at least 2, got " + maxRows);
    }
  }

  @Override
  public Model fit(FloatMatrix x, int[] y, int classes) {
    LabelledRows l = LabelledRows.of("RBF SVM", x, y, classes).capped(classes, maxRows, seed);
    FloatMatrix train = x.rows(l.rows());
    Standardizer standardizer = Standardizer.fit(train);
    double[][] z = standardizer.apply(train);
    GaussianKernel kernel = new GaussianKernel(Math.sqrt(x.cols() / 2.0));
    @SuppressWarnings("unchecked")
    SVM<double[]>[] machines = new SVM[classes];
    for (int k = 0; k < classes; k++) {
      int[] target = new int[z.length];
      for (int i = 0; i < z.length; i++) {
        target[i] = l.labels()[i] == k ? 1 : -1;
      }
      // LASVM visits the rows in an order drawn from Smile's thread-local generator, which otherwise carries on
      // from whatever ran before on this thread: a second fit in one JVM gave other numbers than the first.
      MathEx.setSeed(seed * 1_000_003L + k);
      machines[k] = SVM.fit(z, target, kernel, new SVM.Options(c));
    }
    return new Model(standardizer, machines, l.rows().length);
  }

  /**
   * @param standardizer the transform applied before the kernel
   * @param machines one binary SVM per class (positive: the class)
   * @param trainingRows rows fitted on after subsampling
   */
  public record Model(Standardizer standardizer, SVM<double[]>[] machines, int trainingRows) implements FittedClassifier {
    @Override
    public int classes() {
      return machines.length;
    }

    @Override
    public int dimension() {
      return standardizer.dimension();
    }

    @Override
    public FloatMatrix scores(FloatMatrix x) {
      LabelledRows.checkWidth("RBF SVM", x, dimension());
      double[][] z = standardizer.apply(x);
      int k = classes();
      float[] out = new float[x.rows() * k];
      for (int i = 0; i < z.length; i++) {
        for (int c = 0; c < k; c++) {
          out[i * k + c] = (float) machines[c].score(z[i]);
        }
      }
      return new FloatMatrix(x.rows(), k, out);
    }
  }
}
