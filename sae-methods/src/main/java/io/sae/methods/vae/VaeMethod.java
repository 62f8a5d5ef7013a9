package io.sae.methods.vae;

import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import java.util.List;
import java.util.Optional;

/**
 * {@code vae} (Kingma and Welling) and {@code beta-vae} (Higgins et al.; beta = 5 as in paper 004's
 * baselines): BCE reconstruction + beta * KL to the standard normal prior. The two differ only in the default
 * of {@code beta}. Evaluation reads the latent means with a linear SVM.
 */
final class VaeMethod implements StructuringMethod {
  static final String VAE = "vae";
  static final String BETA_VAE = "beta-vae";

  private final String name;
  private final double defaultBeta;

  VaeMethod(String name, double defaultBeta) {
    this.name = name;
    this.defaultBeta = defaultBeta;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return defaultBeta == 1.0 ? "variational autoencoder: BCE + KL to N(0, I) (paper 004 baseline)"
        : "beta-VAE: BCE + beta * KL to N(0, I), beta = " + defaultBeta + " by default (paper 004 baseline)";
  }

  @Override
  public boolean needsLabels() {
    return false;
  }

  @Override
  public List<OptionSpec> options() {
    return VaePlans.common(defaultBeta);
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    return VaePlans.plan(VaePlans.architecture(name, request), request, Optional.empty(), VaePlans.svm(request));
  }
}
