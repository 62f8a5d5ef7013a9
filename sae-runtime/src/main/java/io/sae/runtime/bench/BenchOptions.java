package io.sae.runtime.bench;

import io.sae.api.InvalidInputException;
import java.util.List;

/**
 * What {@link Bench} measures; the defaults are {@code sae bench}'s.
 *
 * @param archs architecture specs to measure (the first also trains the hook method)
 * @param epochs epochs per architecture (at least 2: the first is warm-up)
 * @param samples MNIST training samples per epoch (checked against MNIST's size when the bench starts)
 * @param batchSize mini-batch size
 * @param latent latent dimension
 * @param hookMethod methods whose hook share is measured: {@value #ALL_HOOKS} (every registered method with an epoch
 *     hook), a comma-separated list of names, or {@value #NO_HOOK}
 */
public record BenchOptions(List<String> archs, int epochs, int samples, int batchSize, int latent, String hookMethod) {
  /** The {@code hookMethod} that skips the hook measurement. */
  public static final String NO_HOOK = "none";
  /** The {@code hookMethod} that measures every registered method with an epoch hook. */
  public static final String ALL_HOOKS = "all";

  /** @throws InvalidInputException when {@code epochs} is below 2 or no architecture is given */
  public BenchOptions {
    archs = List.copyOf(archs);
    if (archs.isEmpty()) {
      throw new InvalidInputException("--arch must name at least one architecture");
    }
    if (epochs < 2) {
      throw new InvalidInputException("--epochs must be at least 2 (the first epoch is warm-up), got " + epochs);
    }
  }

  /** dense and conv, 4 epochs of all 60,000 samples, batch 128, latent 10, hooks of every method that has one. */
  public static BenchOptions defaults() {
    return new BenchOptions(List.of("dense", "conv"), 4, 60_000, 128, 10, ALL_HOOKS);
  }

  /** Whether a hook method is to be measured. */
  public boolean measuresHook() {
    return !hookMethod.equals(NO_HOOK);
  }
}
