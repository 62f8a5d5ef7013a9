package io.sae.lab.experiment.compare;

import java.util.List;

/**
 * One method on one dataset: its measures per seed, or why it could not train in this comparison's setting.
 *
 * @param method the method's name
 * @param needsLabels whether it trains on labels (then once per label count)
 * @param seeds the measures of each seed that trained (empty when refused)
 * @param refused the method's own error message when it refused the setting (e.g. a latent size it cannot use), else null
 */
public record MethodResult(String method, boolean needsLabels, List<SeedMeasures> seeds, String refused) {

  /** Copies the list. */
  public MethodResult {
    seeds = List.copyOf(seeds);
  }
}
