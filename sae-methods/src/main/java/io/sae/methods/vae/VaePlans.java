package io.sae.methods.vae;

import io.sae.api.InvalidInputException;
import io.sae.api.method.EpochHook;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.SampleField;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.Activation;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every method of the family shares: the options {@code beta} and {@code svm-c}, and the plan
 * BCE(x, x^) summed over pixels + beta * KL(q(z|x) || N(m, I)), with m a per-sample prior-mean field or 0.
 */
final class VaePlans {
  static final String BETA = "beta";
  static final String SVM_C = "svm-c";
  /** The sample field holding each sample's prior mean (lambda-hot, k-means). */
  static final String PRIOR_MEAN = "prior_mean";

  /** The per-sample prior mean of a {@code latentDim}-dimensional latent space. */
  static SampleField priorMean(int latentDim) {
    return new SampleField(PRIOR_MEAN, latentDim);
  }

  private VaePlans() {}

  static List<OptionSpec> common(double beta) {
    return List.of(
        OptionSpec.ofDouble(BETA, beta, 0, 1000, "weight of the KL term next to the reconstruction BCE (1: a plain VAE)"),
        OptionSpec.ofDouble(SVM_C, 1.0, 1e-6, 1e6, "soft-margin C of the linear SVM that evaluation fits on the latents"));
  }

  static List<OptionSpec> with(double beta, OptionSpec... more) {
    List<OptionSpec> out = new ArrayList<>(List.of(more));
    out.addAll(common(beta));
    return out;
  }

  /** The variational architecture on the user's body; BCE needs a sigmoid output. */
  static ArchitectureSpec architecture(String method, PlanRequest request) {
    if (request.network().outputActivation() != Activation.SIGMOID) {
      throw new InvalidInputException("method " + method + " reconstructs with binary cross-entropy and needs a sigmoid output layer; "
          + "--arch " + request.network().id() + " has a " + request.network().outputActivation().id() + " output (try --arch dense or conv)");
    }
    return ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim())
        .withHead(new HeadSpec.Variational());
  }

  /**
   * @param prior the hook filling {@link #PRIOR_MEAN}, or empty for the standard normal prior
   */
  static TrainingPlan plan(
      ArchitectureSpec arch, PlanRequest request, Optional<EpochHook> prior, ReadoutSpec classifier) {
    LossTerm kl = LossTerm.of(LossKinds.KL_NORMAL, request.options().getDouble(BETA));
    TrainingPlan.Builder plan = TrainingPlan.builder(arch)
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_BCE, 1.0))
        .hook(prior)
        .latentClassifier(classifier);
    if (prior.isPresent()) {
      SampleField mean = priorMean(arch.latentDim());
      kl = kl.withField("prior_mean", mean);
      plan.field(mean);
    }
    return plan.loss(kl).build();
  }

  static ReadoutSpec svm(PlanRequest request) {
    return ReadoutSpec.linearSvm(request.options().getDouble(SVM_C));
  }
}
