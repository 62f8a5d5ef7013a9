package io.sae.eval.calibration;

import io.sae.api.InvalidInputException;

/**
 * How well confidences match accuracy: samples binned by confidence into equal-width bins over [0, 1], with
 * each bin's precision (share of correct predictions) and mean confidence, and the expected calibration
 * error ECE = sum_b (n_b / N) |precision_b - confidence_b|.
 *
 * @param binCentres centre of each bin
 * @param counts samples per bin
 * @param precision share of correct predictions per bin (NaN for an empty bin)
 * @param meanConfidence mean confidence per bin (NaN for an empty bin)
 * @param ece expected calibration error
 */
public record Reliability(double[] binCentres, long[] counts, double[] precision, double[] meanConfidence, double ece) {

  /**
   * @param confidence per sample, in [0, 1] (1 falls into the last bin)
   * @param correct per sample, whether the prediction was right
   * @param bins number of bins (1 or more)
   */
  public static Reliability of(double[] confidence, boolean[] correct, int bins) {
    if (confidence.length != correct.length) {
      throw new InvalidInputException("reliability: " + confidence.length + " confidences but " + correct.length + " outcomes");
    }
    if (bins < 1) {
      throw new InvalidInputException("reliability: bins must be positive, got " + bins);
    }
    long[] counts = new long[bins];
    double[] hits = new double[bins];
    double[] conf = new double[bins];
    for (int i = 0; i < confidence.length; i++) {
      double c = confidence[i];
      if (!(c >= 0 && c <= 1)) {
        throw new InvalidInputException("reliability: confidence " + c + " of sample " + i + " is outside [0, 1]");
      }
      int b = Math.min(bins - 1, (int) (c * bins));
      counts[b]++;
      hits[b] += correct[i] ? 1 : 0;
      conf[b] += c;
    }
    double[] centres = new double[bins];
    double[] precision = new double[bins];
    double[] meanConf = new double[bins];
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      centres[b] = (b + 0.5) / bins;
      precision[b] = counts[b] == 0 ? Double.NaN : hits[b] / counts[b];
      meanConf[b] = counts[b] == 0 ? Double.NaN : conf[b] / counts[b];
      if (counts[b] > 0) {
        ece += counts[b] / (double) confidence.length * Math.abs(precision[b] - meanConf[b]);
      }
    }
    return new Reliability(centres, counts, precision, meanConf, confidence.length == 0 ? Double.NaN : ece);
  }
}
