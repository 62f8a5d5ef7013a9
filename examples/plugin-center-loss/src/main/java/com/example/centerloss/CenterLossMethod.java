package com.example.centerloss;

import io.sae.api.InvalidInputException;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import java.util.List;
import java.util.Map;

/**
 * {@code center-loss}: an autoencoder whose labelled latents are pulled toward learned class centres
 * (Wen et al., ECCV 2016, with the centres learned by the optimizer instead of their moving-average rule).
 * Loss: reconstruction MSE + {@code weight} x center loss; evaluation reads the latents with a linear SVM.
 */
public final class CenterLossMethod implements StructuringMethod {
  static final String NAME = "center-loss";
  static final String WEIGHT = "weight";
  static final String SVM_C = "svm-c";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "autoencoder + center loss toward learned class centres (example plugin)";
  }

  @Override
  public boolean needsLabels() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.ofDouble(WEIGHT, 1.0, 0, 1e3, "weight of the center loss next to the reconstruction loss"),
        OptionSpec.ofDouble(SVM_C, 1.0, 1e-6, 1e6, "soft-margin C of the linear SVM that evaluation fits on the latents"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    int classes = request.data().classCount();
    if (classes < 2) {
      throw new InvalidInputException("method center-loss needs at least 2 classes, the data has " + classes);
    }
    LossTerm center = new LossTerm(CenterLossTerm.KIND, request.options().getDouble(WEIGHT),
        Map.of(CenterLossTerm.CLASSES, String.valueOf(classes)), Map.of());
    return TrainingPlan.builder(ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim()))
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1.0))
        .loss(center)
        .latentClassifier(ReadoutSpec.linearSvm(request.options().getDouble(SVM_C)))
        .build();
  }
}
