package io.sae.api.method;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;

/**
 * What an {@link EpochHook} sees before an epoch.
 *
 * @param epoch the epoch about to run (0-based)
 * @param train the training set (hidden labels are {@link Dataset#UNLABELED})
 * @param latents the current latent codes of every training sample, in training-set order (null when the
 *     hook said it does not need them)
 * @param seed seed for this refresh, derived from the run seed and the epoch
 */
public record EpochState(int epoch, Dataset train, FloatMatrix latents, long seed) {}
