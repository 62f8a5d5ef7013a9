package io.sae.api.method;

import java.util.List;

/**
 * A way of structuring the latent space, registered by name through a plugin. A method is a pure planner:
 * {@link #plan} turns options and data facts into a {@link TrainingPlan}, and must return the same plan for
 * the same request, because a saved run is reloaded by planning again from its recorded request.
 */
public interface StructuringMethod {

  /** Registry name, e.g. {@code ae}. */
  String name();

  /** One line for {@code sae methods}. */
  String description();

  /** Whether the method needs labelled samples to train (the CLI rejects runs without any). */
  boolean needsLabels();

  /** The options the method accepts, with defaults. */
  List<OptionSpec> options();

  /** Plans a run. */
  TrainingPlan plan(PlanRequest request);
}
