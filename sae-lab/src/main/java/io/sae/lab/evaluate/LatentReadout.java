package io.sae.lab.evaluate;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentClassifierSpec;
import io.sae.api.model.SaeModel;
import io.sae.eval.classify.ClusterMajority;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.classify.NearestCentre;
import io.sae.eval.classify.Predictions;

/**
 * Predicts test classes the way a method's {@link LatentClassifierSpec} says its latent space is read.
 * Fitted classifiers learn from the visible training labels only.
 */
final class LatentReadout {
  private LatentReadout() {}

  /** A short description of the classifier for reports. */
  static String describe(LatentClassifierSpec spec) {
    return switch (spec) {
      case LatentClassifierSpec.LinearSvm s -> "linear SVM on the latents (one-vs-rest, C=" + s.c() + ")";
      case LatentClassifierSpec.SoftmaxHead s -> "the model's softmax head";
      case LatentClassifierSpec.NearestCentre s -> "nearest configured centre";
      case LatentClassifierSpec.ArgmaxFirstK s -> "argmax of the first " + s.k() + " latent dimensions";
      case LatentClassifierSpec.ClusterMajority s -> "k-means (k=" + s.k() + ") clusters labelled by majority";
    };
  }

  /**
   * @param trainLatents latents of the labelled training samples
   * @param trainLabels their labels
   * @param testInputs test samples (for the softmax head)
   * @param testLatents their latents
   */
  static int[] predict(LatentClassifierSpec spec, SaeModel model, FloatMatrix trainLatents, int[] trainLabels, int classes,
      FloatMatrix testInputs, FloatMatrix testLatents, long seed) {
    return switch (spec) {
      case LatentClassifierSpec.LinearSvm s ->
          Predictions.argmax(LinearSvm.of(s, seed).fit(trainLatents, trainLabels, classes).scores(testLatents));
      case LatentClassifierSpec.SoftmaxHead s -> Predictions.fromProbabilities(model.classProbabilities(testInputs));
      case LatentClassifierSpec.NearestCentre s -> NearestCentre.assign(s.centres(), testLatents);
      case LatentClassifierSpec.ArgmaxFirstK s -> {
        int[] out = new int[testLatents.rows()];
        for (int i = 0; i < out.length; i++) {
          int best = 0;
          for (int c = 1; c < s.k(); c++) {
            if (testLatents.get(i, c) > testLatents.get(i, best)) {
              best = c;
            }
          }
          out[i] = best;
        }
        yield out;
      }
      case LatentClassifierSpec.ClusterMajority s -> {
        // clusters are fitted on the labelled training latents (the ones evaluation encodes)
        yield new ClusterMajority(s.k(), 300, seed).fit(trainLatents, trainLabels, classes).predict(testLatents);
      }
    };
  }
}
