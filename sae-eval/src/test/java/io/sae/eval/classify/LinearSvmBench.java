package io.sae.eval.classify;

import io.sae.eval.metrics.ClassificationMetrics;

/**
 * Manual timing of {@link LinearSvm#fit} (not a test): {@code rows dims classes sigma maxRows}. Run with the
 * test classpath, e.g. {@code java -cp ... io.sae.eval.classify.LinearSvmBench 60000 10 3 1.0 10000}.
 */
final class LinearSvmBench {
  private LinearSvmBench() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int d = Integer.parseInt(args[1]);
    int k = Integer.parseInt(args[2]);
    double sigma = Double.parseDouble(args[3]);
    int maxRows = Integer.parseInt(args[4]);
    double[][] centres = new double[k][d];
    for (int c = 0; c < k; c++) {
      centres[c][c % d] = 3;
    }
    Blobs train = Blobs.around(centres, sigma, n, 1);
    Blobs test = Blobs.around(centres, sigma, 10_000, 2);
    long t0 = System.nanoTime();
    LinearSvm.Model model = new LinearSvm(1.0, maxRows, 0).fit(train.x(), train.y(), k);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "rows %d dims %d classes %d sigma %.2f cap %d -> fitted on %d rows in %.2f s, test error %.4f%n",
        n, d, k, sigma, maxRows, model.trainingRows(), seconds,
        ClassificationMetrics.error(test.y(), model.predict(test.x())));
  }
}
