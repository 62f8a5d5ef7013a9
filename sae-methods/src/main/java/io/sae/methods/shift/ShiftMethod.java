package io.sae.methods.shift;

import io.sae.api.InvalidInputException;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.SampleField;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import java.util.List;
import java.util.Map;

/**
 * {@code ccae-1..4} and {@code dae-1/2}, the target-shifting autoencoders of Nousi and Tefas (paper 002): an
 * autoencoder trained with the mean squared error against per-sample reconstruction targets that a
 * {@link TargetShifter} moves, stage by stage, towards the sample's cluster or class and away from its rivals.
 * The architecture is the body the user chose ({@code --arch dense-linear} is the paper's D-512-d with sigmoid
 * hidden layers and a linear output). Evaluation reads the latent space with a linear SVM on the visible labels;
 * {@code sae cluster} gives the paper's clustering measures.
 */
public final class ShiftMethod implements StructuringMethod {
  private final ShiftVariant variant;

  public ShiftMethod(ShiftVariant variant) {
    this.variant = variant;
  }

  @Override
  public String name() {
    return variant.id();
  }

  @Override
  public String description() {
    return variant.description();
  }

  @Override
  public boolean needsLabels() {
    return variant.supervised();
  }

  @Override
  public List<OptionSpec> options() {
    return ShiftOptions.specs(variant);
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    ShiftOptions o = ShiftOptions.read(variant, request.options());
    int classes = request.data().classCount();
    int k = o.clusters() > 0 ? o.clusters() : classes;
    if (!variant.supervised() && k < 2) {
      throw new InvalidInputException("method " + variant.id() + " needs at least 2 clusters, got " + k
          + (o.clusters() > 0 ? "" : " (the data has " + classes + " classes; set clusters=K)"));
    }
    if (!variant.supervised() && k > request.data().trainSize()) {
      throw new InvalidInputException("method " + variant.id() + ": " + k + " clusters for " + request.data().trainSize() + " training samples");
    }
    if (variant.supervised() && classes < 2) {
      throw new InvalidInputException("method " + variant.id() + " needs at least 2 classes, the data has " + classes);
    }
    ArchitectureSpec arch = ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim());
    SampleField target = TargetShifter.target(arch.inputSize());
    TargetShifter hook = new TargetShifter(target, variant, o, k, request.seed());
    return TrainingPlan.builder(arch)
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1.0).withField("target", target))
        .field(target)
        .hook(hook)
        .latentClassifier(ReadoutSpec.linearSvm(request.options().getDouble("svm-c")))
        .build();
  }
}
