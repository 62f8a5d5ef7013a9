package io.sae.eval.classify;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.metrics.ClassificationMetrics;
import io.sae.eval.metrics.MeanStd;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Test accuracy of a classifier over repeated seeded stratified train/test splits of one labelled matrix,
 * summarised as mean +- std (paper 002 reports five runs). Split r uses seed {@code seed + r}; in each class
 * {@code round(trainFraction * n_c)} rows (at least 1, at most n_c - 1) go to training, the rest to testing.
 */
public final class RepeatedSplits {
  private RepeatedSplits() {}

  /**
   * One split.
   *
   * @param train training row indices, increasing
   * @param test test row indices, increasing
   */
  public record Split(int[] train, int[] test) {}

  /** A seeded stratified split of rows labelled {@code y} (every label in {@code [0, classes)}). */
  public static Split stratified(int[] y, int classes, double trainFraction, long seed) {
    if (!(trainFraction > 0 && trainFraction < 1)) {
      throw new InvalidInputException("repeated splits: the training share must be in (0, 1), got " + trainFraction);
    }
    int[][] byClass = new int[classes][];
    int[] counts = new int[classes];
    for (int i = 0; i < y.length; i++) {
      if (y[i] < 0 || y[i] >= classes) {
        throw new InvalidInputException("repeated splits: label " + y[i] + " at index " + i + " is outside [0, " + classes + ")");
      }
      counts[y[i]]++;
    }
    for (int c = 0; c < classes; c++) {
      byClass[c] = new int[counts[c]];
      counts[c] = 0;
    }
    for (int i = 0; i < y.length; i++) {
      byClass[y[i]][counts[y[i]]++] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] train = new int[y.length];
    int[] test = new int[y.length];
    int nTrain = 0;
    int nTest = 0;
    for (int c = 0; c < classes; c++) {
      int[] members = byClass[c];
      if (members.length < 2) {
        throw new InvalidInputException("repeated splits: class " + c + " has " + members.length + " rows, a split needs 2");
      }
      for (int i = members.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = members[i];
        members[i] = members[j];
        members[j] = t;
      }
      int keep = (int) Math.max(1, Math.min(members.length - 1, Math.round(trainFraction * members.length)));
      for (int i = 0; i < members.length; i++) {
        if (i < keep) {
          train[nTrain++] = members[i];
        } else {
          test[nTest++] = members[i];
        }
      }
    }
    int[] tr = Arrays.copyOf(train, nTrain);
    int[] te = Arrays.copyOf(test, nTest);
    Arrays.sort(tr);
    Arrays.sort(te);
    return new Split(tr, te);
  }

  /** Accuracy of {@code classifier} over {@code runs} splits (fit on the training part, score the test part). */
  public static MeanStd accuracy(LatentClassifier classifier, FloatMatrix x, int[] y, int classes, double trainFraction, int runs, long seed) {
    if (runs < 1) {
      throw new InvalidInputException("repeated splits: runs must be positive, got " + runs);
    }
    if (y.length != x.rows()) {
      throw new InvalidInputException("repeated splits: " + y.length + " labels for " + x.rows() + " rows");
    }
    double[] acc = new double[runs];
    for (int r = 0; r < runs; r++) {
      Split s = stratified(y, classes, trainFraction, seed + r);
      FittedClassifier m = classifier.fit(x.rows(s.train()), pick(y, s.train()), classes);
      acc[r] = ClassificationMetrics.accuracy(pick(y, s.test()), m.predict(x.rows(s.test())));
    }
    return MeanStd.of(acc);
  }

  private static int[] pick(int[] y, int[] rows) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = y[rows[i]];
    }
    return out;
  }
}
