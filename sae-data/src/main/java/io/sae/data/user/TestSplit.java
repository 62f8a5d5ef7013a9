package io.sae.data.user;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import io.sae.data.Stratified;
import java.util.function.Consumer;

/**
 * Splits off a test part when user data come without one: a seeded, stratified share of the samples (each
 * class, and the unlabelled samples as one more stratum, gives its share by largest-remainder rounding).
 * Both parts keep the original sample order.
 */
public final class TestSplit {
  /** Mixed into the seed so the test split and the later label choice do not draw the same random stream. */
  private static final long SALT = 0x7E57_5EEDL;

  private TestSplit() {}

  /** Splits a seeded, stratified {@code fraction} of {@code all} off as the test part, logging what it did. */
  public static DatasetSplit split(Dataset all, double fraction, long seed, String source, Consumer<String> log) {
    int n = all.size();
    if (n < 2) {
      throw new InvalidInputException(source + ": " + n + " sample(s) are too few to split off a test part; give test= as well");
    }
    int testCount = (int) Math.min(n - 1, Math.max(1, Math.round(fraction * n)));
    int classes = all.classCount();
    int[] stratum = all.labels();
    int[] sizes = new int[classes + 1];
    for (int i = 0; i < n; i++) {
      if (stratum[i] == Dataset.UNLABELED) {
        stratum[i] = classes;
      }
      sizes[stratum[i]]++;
    }
    int[] take = Stratified.allocate(testCount, sizes);
    int[][] shuffled = Stratified.shuffledByGroup(stratum, classes + 1, seed ^ SALT);
    boolean[] test = new boolean[n];
    for (int g = 0; g <= classes; g++) {
      for (int k = 0; k < take[g]; k++) {
        test[shuffled[g][k]] = true;
      }
    }
    int[] trainIdx = new int[n - testCount];
    int[] testIdx = new int[testCount];
    for (int i = 0, a = 0, b = 0; i < n; i++) {
      if (test[i]) {
        testIdx[b++] = i;
      } else {
        trainIdx[a++] = i;
      }
    }
    log.accept(source + " has no test part: using a seeded " + Math.round(fraction * 100) + "% (" + testCount + " of " + n
        + " samples, stratified by class) as test data");
    return new DatasetSplit(all.subset(all.name(), trainIdx), all.subset(all.name() + "-test", testIdx));
  }
}
