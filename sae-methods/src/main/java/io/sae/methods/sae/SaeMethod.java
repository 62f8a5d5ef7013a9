package io.sae.methods.sae;

import io.sae.api.InvalidInputException;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.SampleField;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code sae}: the structuring autoencoder of Rudolph, Wandt and Rosenhahn (paper 001). Loss
 * gamma * MSE(z, z~) + (1 - gamma) * MSE(x, x^), where z~ are per-class latent targets recomputed by
 * {@link StructureTargets} (MDS of the class distances, aligned to the current class means). Each term is a
 * mean over its samples in the mini-batch: the structural term over the labelled ones only, so unlabelled
 * samples contribute only through reconstruction. Evaluation reads the latent space with a linear SVM.
 */
public final class SaeMethod implements StructuringMethod {
  static final String GAMMA = "gamma";
  static final String DISTANCES = "distances";
  static final String SCALE = "scale";
  static final String MDS_ITERATIONS = "mds-iterations";
  static final String MDS_TOLERANCE = "mds-tolerance";
  static final String REFRESH_EVERY = "refresh-every";
  static final String MEAN_SAMPLES = "mean-samples";
  static final String SVM_C = "svm-c";

  @Override
  public String name() {
    return "sae";
  }

  @Override
  public String description() {
    return "structuring autoencoder (paper 001): latents pulled to MDS targets of the class distances";
  }

  @Override
  public boolean needsLabels() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.ofDouble(GAMMA, 0.5, 0, 1, "weight of the structural loss; 1 - gamma weighs reconstruction (0: a plain autoencoder)"),
        OptionSpec.ofString(DISTANCES, "", "CSV file with the K x K class distances (classes in dataset order); empty: all classes 1 apart"),
        OptionSpec.ofDouble(SCALE, 1.0, 1e-6, 1e6, "factor applied to the class distances"),
        OptionSpec.ofInt(MDS_ITERATIONS, 300, 1, 100_000, "most SMACOF iterations per refresh"),
        OptionSpec.ofDouble(MDS_TOLERANCE, 1e-6, 0, 1, "SMACOF stops when the stress falls by less than this share"),
        OptionSpec.ofInt(REFRESH_EVERY, 1, 1, 10_000, "recompute the targets every this many epochs"),
        OptionSpec.ofInt(MEAN_SAMPLES, 10_000, 0, Integer.MAX_VALUE,
            "most labelled samples encoded per refresh to estimate the class means, drawn per class (0: all)"),
        OptionSpec.ofDouble(SVM_C, 1.0, 1e-6, 1e6, "soft-margin C of the linear SVM that evaluation fits on the latents"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    MethodOptions o = request.options();
    int classes = request.data().classCount();
    if (classes < 2) {
      throw new InvalidInputException("method sae needs at least 2 classes, the data has " + classes);
    }
    double gamma = o.getDouble(GAMMA);
    int d = request.latentDim();
    SampleField target = StructureTargets.target(d);
    StructureTargets hook = new StructureTargets(target, distances(o, classes), o.getInt(REFRESH_EVERY), o.getInt(MDS_ITERATIONS), o.getDouble(MDS_TOLERANCE),
        o.getInt(MEAN_SAMPLES));
    return TrainingPlan.builder(ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), d))
        .loss(LossTerm.of(LossKinds.LATENT_MSE, gamma, Map.of(LossKinds.NAME, "structure"))
            .withField("target", target).withField("mask", StructureTargets.MASK_FIELD))
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1 - gamma))
        .field(target)
        .field(StructureTargets.MASK_FIELD)
        .hook(hook)
        .latentClassifier(ReadoutSpec.linearSvm(o.getDouble(SVM_C)))
        .build();
  }

  private static double[][] distances(MethodOptions o, int classes) {
    String file = o.getString(DISTANCES);
    if (file.isBlank()) {
      return ClassDistances.equal(classes, o.getDouble(SCALE));
    }
    try {
      return ClassDistances.read(Path.of(file), classes, o.getDouble(SCALE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
