package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentClassifierSpec;
import io.sae.eval.internal.Checks;
import java.util.stream.IntStream;
import smile.classification.SVM;
import smile.math.MathEx;

/**
 * One-vs-rest linear SVMs on latent codes (Smile's LASVM with a linear kernel), one per class; the score of
 * a class is the raw decision value {@code w . x + b} of its SVM and the prediction is the class of largest
 * score.
 *
 * <p>How it fits:
 *
 * <ul>
 *   <li>Features are <b>standardised</b> first: each latent column is shifted and scaled by the mean and
 *       standard deviation of the labelled training rows, and the same transform is applied to every matrix
 *       scored later. {@code C} therefore refers to standardised latents.
 *   <li>Training rows are <b>subsampled</b> to at most {@link #maxRows()} (about; class-proportional, seeded)
 *       because Smile's solver grows faster than linearly with the rows: measured on 2 cores, 60,000 x 10
 *       rows with 3 overlapping classes took 15-22 s per class, 10,000 rows about 1 s. All classes' SVMs use
 *       the same subsample; pass {@link Integer#MAX_VALUE} to use every row.
 *   <li>The per-class SVMs are fitted in parallel; each seeds Smile's thread-local generator
 *       ({@link MathEx#setSeed}) from {@link #seed()} and its class index first, so results do not depend on
 *       threads.
 * </ul>
 *
 * @param c the soft-margin penalty C (positive)
 * @param maxRows most labelled rows used for fitting (positive)
 * @param seed seed of the subsample and of Smile's sample order
 */
public record LinearSvm(double c, int maxRows, long seed) implements LatentClassifier {

  /** Default cap on the training rows. */
  public static final int DEFAULT_MAX_ROWS = 10_000;

  public LinearSvm {
    if (!(c > 0) || Double.isInfinite(c)) {
      throw new InvalidInputException("linear SVM: C must be a positive number, got " + c);
    }
    if (maxRows < 1) {
      throw new InvalidInputException("linear SVM: the row cap must be positive, got " + maxRows);
    }
  }

  /** C = {@code c}, at most {@link #DEFAULT_MAX_ROWS} rows, seed 0. */
  public LinearSvm(double c) {
    this(c, DEFAULT_MAX_ROWS, 0L);
  }

  /** The classifier a method's plan asks for, with the default row cap. */
  public static LinearSvm of(LatentClassifierSpec.LinearSvm spec, long seed) {
    return new LinearSvm(spec.c(), DEFAULT_MAX_ROWS, seed);
  }

  @Override
  public Model fit(FloatMatrix x, int[] y, int classes) {
    Checks.oneLabelPerRow("linear SVM", x, y);
    Checks.finite("linear SVM training latents", x);
    if (classes < 2) {
      throw new InvalidInputException("linear SVM needs at least 2 classes, got " + classes);
    }
    int[] rows = IntStream.range(0, y.length).filter(i -> y[i] != Dataset.UNLABELED).toArray();
    int[] labels = new int[rows.length];
    int[] counts = new int[classes];
    for (int i = 0; i < rows.length; i++) {
      labels[i] = y[rows[i]];
      Checks.classIndex("linear SVM", labels[i], rows[i], classes);
      counts[labels[i]]++;
    }
    for (int k = 0; k < classes; k++) {
      if (counts[k] == 0) {
        throw new InvalidInputException("linear SVM: class " + k + " has no labelled training row");
      }
    }
    int[] chosen = StratifiedSample.choose(rows, labels, classes, maxRows, seed);
    FloatMatrix train = x.rows(chosen);
    Standardizer standardizer = Standardizer.fit(train);
    double[][] z = standardizer.apply(train);
    int[] target = new int[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      target[i] = y[chosen[i]];
    }
    double[][] weights = new double[classes][];
    double[] intercepts = new double[classes];
    SVM.Options options = new SVM.Options(c);
    IntStream.range(0, classes).parallel().forEach(k -> {
      int[] binary = new int[target.length];
      for (int i = 0; i < target.length; i++) {
        binary[i] = target[i] == k ? 1 : -1;
      }
      MathEx.setSeed(seed * 1_000_003L + k);
      smile.classification.LinearSVM svm = SVM.fit(z, binary, options);
      weights[k] = svm.weights().clone();
      intercepts[k] = svm.intercept();
    });
    return new Model(standardizer, weights, intercepts, chosen.length);
  }

  /**
   * Fitted one-vs-rest linear SVMs.
   *
   * @param standardizer the transform applied to latents before scoring
   * @param weights per class, the weight vector in standardised coordinates
   * @param intercepts per class, the bias
   * @param trainingRows labelled rows the SVMs were fitted on (after subsampling)
   */
  public record Model(Standardizer standardizer, double[][] weights, double[] intercepts, int trainingRows)
      implements FittedClassifier {

    public Model {
      weights = weights.clone();
      for (int k = 0; k < weights.length; k++) {
        weights[k] = weights[k].clone();
      }
      intercepts = intercepts.clone();
    }

    @Override
    public int classes() {
      return intercepts.length;
    }

    @Override
    public int dimension() {
      return standardizer.dimension();
    }

    @Override
    public FloatMatrix scores(FloatMatrix x) {
      if (x.cols() != dimension()) {
        throw new InvalidInputException("linear SVM: latents have " + x.cols() + " columns, the classifier was fitted on " + dimension());
      }
      int d = dimension();
      int k = classes();
      double[] mean = standardizer.mean();
      double[] std = standardizer.std();
      float[] in = x.data();
      float[] out = new float[x.rows() * k];
      double[] z = new double[d];
      for (int i = 0; i < x.rows(); i++) {
        for (int j = 0; j < d; j++) {
          z[j] = (in[i * d + j] - mean[j]) / std[j];
        }
        for (int c = 0; c < k; c++) {
          double s = intercepts[c];
          double[] w = weights[c];
          for (int j = 0; j < d; j++) {
            s += w[j] * z[j];
          }
          out[i * k + c] = (float) s;
        }
      }
      return new FloatMatrix(x.rows(), k, out);
    }

    @Override
    public double[][] weights() {
      double[][] copy = new double[weights.length][];
      for (int k = 0; k < weights.length; k++) {
        copy[k] = weights[k].clone();
      }
      return copy;
    }

    @Override
    public double[] intercepts() {
      return intercepts.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Model m && m.standardizer.equals(standardizer) && java.util.Arrays.deepEquals(m.weights, weights)
          && java.util.Arrays.equals(m.intercepts, intercepts) && m.trainingRows == trainingRows;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(standardizer, java.util.Arrays.deepHashCode(weights), java.util.Arrays.hashCode(intercepts), trainingRows);
    }

    @Override
    public String toString() {
      return "LinearSvm.Model[" + classes() + " classes, " + dimension() + " dims, " + trainingRows + " training rows]";
    }
  }
}
