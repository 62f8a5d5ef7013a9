package io.sae.api.method;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import java.util.Map;

/**
 * What an {@link EpochHook} sees before an epoch.
 *
 * @param epoch the epoch about to run (0-based)
 * @param train the training set (hidden labels are {@link Dataset#UNLABELED})
 * @param latents the current latent codes of the samples the hook's {@link EpochHook#latentScope()} asked
 *     for, one row per entry of {@code latentRows} (empty for {@link LatentScope#NONE})
 * @param latentRows for each row of {@code latents}, its index in {@code train}
 * @param seed seed for this refresh, derived from the run seed and the epoch
 * @param variables the current values of the plan's {@link TrainingPlan#variables() variables} (as trained so far;
 *     zero, or a warm start's values, before the first epoch; without the assignments other hooks make in this refresh)
 */
public record EpochState(int epoch, Dataset train, FloatMatrix latents, int[] latentRows, long seed, Map<VariableKey, FloatMatrix> variables) {
  public EpochState { variables = Map.copyOf(variables); }

  /** A state for a plan without variables. */
  public EpochState(int epoch, Dataset train, FloatMatrix latents, int[] latentRows, long seed) {
    this(epoch, train, latents, latentRows, seed, Map.of());
  }

  /**
   * The current value of a plan variable.
   *
   * @throws IllegalArgumentException when the plan declares no such variable
   */
  public FloatMatrix variable(VariableKey key) {
    FloatMatrix m = variables.get(key);
    if (m == null) {
      throw new IllegalArgumentException("the plan declares no variable " + key + " (it has " + variables.keySet() + ")");
    }
    return m;
  }
}
