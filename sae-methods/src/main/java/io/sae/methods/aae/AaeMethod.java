package io.sae.methods.aae;

import io.sae.api.method.LossTerm;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.SampleField;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.tf.spi.LossKinds;
import java.util.List;
import java.util.Map;

/**
 * {@code aae}: the adversarial autoencoder (Makhzani et al., 2016) with a Gaussian prior N(0, scale^2 I), unsupervised.
 * Loss: reconstruction MSE + {@link AdversarialLoss} (discriminator cross-entropy + lambda * the encoder's generator
 * loss), all trained by the one Adam step of the trainer. Evaluation reads the latent space with a linear SVM, as for
 * {@code ae}.
 */
public final class AaeMethod implements StructuringMethod {
  static final String LAMBDA = "lambda";
  static final String HIDDEN = "hidden";
  static final String PRIOR_SCALE = "prior-scale";
  static final String SVM_C = "svm-c";

  @Override
  public String name() {
    return "aae";
  }

  @Override
  public String description() {
    return "adversarial autoencoder (Makhzani et al.): a latent discriminator against N(0, I) draws, trained with the reconstruction; "
        + "paper 001's baseline";
  }

  @Override
  public boolean needsLabels() {
    return false;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.ofDouble(LAMBDA, 1.0, 0, 1000, "weight of the encoder's adversarial (generator) loss next to the reconstruction"),
        OptionSpec.ofInt(HIDDEN, 256, 1, 100_000, "units of each of the discriminator's two hidden ReLU layers"),
        OptionSpec.ofDouble(PRIOR_SCALE, 1.0, 1e-6, 1e6, "standard deviation of the Gaussian prior N(0, s^2 I) the latents are matched to"),
        OptionSpec.ofDouble(SVM_C, 1.0, 1e-6, 1e6, "soft-margin C of the linear SVM that evaluation fits on the latents"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    MethodOptions o = request.options();
    SampleField prior = new SampleField("aae-prior", request.latentDim());
    return TrainingPlan.builder(ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim()))
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1))
        .loss(LossTerm.of(AdversarialLoss.KIND, 1, Map.of(LAMBDA, Double.toString(o.getDouble(LAMBDA)), HIDDEN, Integer.toString(o.getInt(HIDDEN))))
            .withField("prior", prior))
        .field(prior)
        .hook(new PriorDraws(prior, o.getDouble(PRIOR_SCALE)))
        .latentClassifier(ReadoutSpec.linearSvm(o.getDouble(SVM_C)))
        .build();
  }
}
