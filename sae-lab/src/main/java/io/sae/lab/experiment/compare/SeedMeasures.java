package io.sae.lab.experiment.compare;

import java.util.List;
import java.util.Map;

/**
 * What one method measured with one seed on one dataset.
 *
 * @param seed the seed
 * @param runs the run folders (names under {@code OUT/runs}) the numbers come from
 * @param svmTestError linear-SVM test error on the latents, by visible-label count
 * @param kmeansAccuracy k-means (k = classes, best of 10 restarts) cluster accuracy on the test latents
 * @param kmeansNmi its normalised mutual information
 * @param testRmse test reconstruction RMSE, or null for a model without a decoder (the classifier)
 * @param testBce test reconstruction BCE per image, or null when the run did not train on BCE
 * @param trainingSeconds training time of the run the clustering and reconstruction numbers come from
 */
public record SeedMeasures(long seed, List<String> runs, Map<Integer, Double> svmTestError, double kmeansAccuracy, double kmeansNmi, Double testRmse,
    Double testBce, double trainingSeconds) {

  /** Copies the lists and map. */
  public SeedMeasures {
    runs = List.copyOf(runs);
    svmTestError = Map.copyOf(svmTestError);
  }
}
