package io.sae.eval.calibration;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.classify.FittedClassifier;

/**
 * Paper 001's decision confidence (section 3.4): "the prediction scores provided by the SVM [are normalised]
 * by scaling the scores between the class centers into the interval [0...1]". Our reading for K classes and
 * one-vs-rest scores f_k: class k's score is mapped linearly so that its own centre c_k gets 1 and the rival
 * centre that scores highest under f_k gets 0,
 *
 * <pre>s_k(x) = clip((f_k(x) - max_{j != k} f_k(c_j)) / (f_k(c_k) - max_{j != k} f_k(c_j)), 0, 1)</pre>
 *
 * and a sample's confidence is s at its predicted class (the argmax of f). With two classes this is exactly
 * the paper's scaling between the two centres.
 */
public final class CentreNormalizedScores {
  private CentreNormalizedScores() {}

  /**
   * @param classifier fitted scores f (one column per class)
   * @param centres one latent row per class (e.g. the class means of the labelled training latents)
   * @param latents samples to score
   * @return per sample, the normalised score of its predicted class
   * @throws InvalidInputException when a class centre does not score above its rivals under its own f_k
   */
  public static double[] confidence(FittedClassifier classifier, FloatMatrix centres, FloatMatrix latents) {
    int k = classifier.classes();
    if (centres.rows() != k) {
      throw new InvalidInputException("need one centre per class: " + centres.rows() + " centres for " + k + " classes");
    }
    FloatMatrix atCentres = classifier.scores(centres);
    double[] low = new double[k];
    double[] high = new double[k];
    for (int c = 0; c < k; c++) {
      double rival = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        if (j != c) {
          rival = Math.max(rival, atCentres.get(j, c));
        }
      }
      low[c] = rival;
      high[c] = atCentres.get(c, c);
      if (!(high[c] > low[c])) {
        throw new InvalidInputException("class " + c + "'s centre does not score above the other centres; scores cannot be normalised");
      }
    }
    FloatMatrix f = classifier.scores(latents);
    double[] out = new double[latents.rows()];
    for (int i = 0; i < out.length; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (f.get(i, c) > f.get(i, best)) {
          best = c;
        }
      }
      double s = (f.get(i, best) - low[best]) / (high[best] - low[best]);
      out[i] = Math.max(0, Math.min(1, s));
    }
    return out;
  }
}
