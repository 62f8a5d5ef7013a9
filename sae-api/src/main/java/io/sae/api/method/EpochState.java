package io.sae.api.method;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;

/**
 * What an {@link EpochHook} sees before an epoch.
 *
 * @param epoch the epoch about to run (0-based)
 * @param train the training set (hidden labels are {@link Dataset#UNLABELED})
 * @param latents the current latent codes of the samples the hook's {@link EpochHook#latentScope()} asked
 *     for, one row per entry of {@code latentRows} (empty for {@link LatentScope#NONE})
 * @param latentRows for each row of {@code latents}, its index in {@code train}
 * @param seed seed for this refresh, derived from the run seed and the epoch
 */
public record EpochState(int epoch, Dataset train, FloatMatrix latents, int[] latentRows, long seed) {}
