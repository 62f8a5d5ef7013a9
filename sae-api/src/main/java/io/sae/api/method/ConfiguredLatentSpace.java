package io.sae.api.method;

import java.util.Optional;

/**
 * An optional capability of a {@link StructuringMethod} whose runs shape the latent into a layout fixed before
 * training (paper 003's "configured latent space"): class clusters the loss pulls latents into, or a region the
 * encoder can never map into. Tools that measure or search a run against that layout (the similarity search,
 * evaluation's inside-cluster shares, paper 003's experiment) ask the run's method for it through this interface,
 * so they work with any plugin that offers it and never name a method class.
 *
 * <p>Like {@link StructuringMethod#plan}, both answers must be pure functions of the request (options, data facts,
 * latent size): a saved run is measured by asking again with its recorded request.
 */
public interface ConfiguredLatentSpace {

  /** The latent clusters {@code request} configures, one per class, or empty when it configures none. */
  default Optional<LatentClusters> configuredClusters(PlanRequest request) { return Optional.empty(); }

  /** The part of the latent the run's encoder never maps into (paper 003's prohibited polar gaps), or empty. */
  default Optional<LatentRegion> prohibitedRegion(PlanRequest request) { return Optional.empty(); }
}
