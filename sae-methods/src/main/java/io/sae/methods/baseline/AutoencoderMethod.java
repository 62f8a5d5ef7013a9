package io.sae.methods.baseline;

import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import java.util.List;

/**
 * {@code ae}: a plain autoencoder, the unstructured baseline. Loss: mean squared reconstruction error (or
 * binary cross-entropy with {@code loss=bce}). Evaluation reads its latent space with a linear SVM trained on
 * the visible labels.
 */
public final class AutoencoderMethod implements StructuringMethod {
  static final String LOSS = "loss";
  static final String SVM_C = "svm-c";

  @Override
  public String name() {
    return "ae";
  }

  @Override
  public String description() {
    return "plain autoencoder (no structuring); baseline for every method";
  }

  @Override
  public boolean needsLabels() {
    return false;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.ofString(LOSS, "mse", "reconstruction loss: mse (mean squared error) or bce (binary cross-entropy, sigmoid outputs)"),
        OptionSpec.ofDouble(SVM_C, 1.0, 1e-6, 1e6, "soft-margin C of the linear SVM that evaluation fits on the latents"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    String loss = switch (request.options().getString(LOSS)) {
      case "mse" -> LossKinds.RECONSTRUCTION_MSE;
      case "bce" -> LossKinds.RECONSTRUCTION_BCE;
      default -> throw new io.sae.api.InvalidInputException(
          "option loss of method ae must be mse or bce, got '" + request.options().getString(LOSS) + "'");
    };
    return TrainingPlan.builder(ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim()))
        .loss(LossTerm.of(loss, 1.0))
        .latentClassifier(ReadoutSpec.linearSvm(request.options().getDouble(SVM_C)))
        .build();
  }
}
