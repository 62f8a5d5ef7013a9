package io.sae.api.method;

import io.sae.api.data.FloatMatrix;

/** Which classifier evaluation should use to read a method's latent space. */
public sealed interface LatentClassifierSpec
    permits LatentClassifierSpec.LinearSvm,
        LatentClassifierSpec.SoftmaxHead,
        LatentClassifierSpec.NearestCentre,
        LatentClassifierSpec.ArgmaxFirstK,
        LatentClassifierSpec.ClusterMajority {

  /** One-vs-rest linear SVMs fitted on the labelled training latents. */
  record LinearSvm(double c) implements LatentClassifierSpec {}

  /** The model's own classifier head. */
  record SoftmaxHead() implements LatentClassifierSpec {}

  /** The nearest of configured centres (one row per class). */
  record NearestCentre(FloatMatrix centres) implements LatentClassifierSpec {}

  /** The index of the largest of the first k latent dimensions. */
  record ArgmaxFirstK(int k) implements LatentClassifierSpec {}

  /** k-means with k clusters, each cluster labelled by its majority class. */
  record ClusterMajority(int k) implements LatentClassifierSpec {}
}
