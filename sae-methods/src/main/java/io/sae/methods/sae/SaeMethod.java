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
 * {@link StructureTargets} (MDS of the class distances, aligned to the current class means). Two weightings of a
 * mini-batch ({@code --set weighting=...}):
 *
 * <ul>
 *   <li>{@code batch-means} (the default so far): each term is a mean over its own samples, the structural term over
 *       the labelled ones only, and reconstruction weighs 1 - gamma for every sample;
 *   <li>{@code eq3}: Eq. 3 as written, per sample ({@link Eq3Losses}): labelled samples gamma * L_S + (1 - gamma) * L_AE,
 *       unlabelled ones L_AE, averaged over the batch. With few labels the structural term is then much weaker than
 *       under {@code batch-means} (at 600 of 60,000 labels about 100 times).
 * </ul>
 *
 * Evaluation reads the latent space with a linear SVM.
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
  static final String WEIGHTING = "weighting";
  static final String BATCH_MEANS = "batch-means";
  static final String EQ3 = "eq3";

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
        OptionSpec.ofDouble(SVM_C, 1.0, 1e-6, 1e6, "soft-margin C of the linear SVM that evaluation fits on the latents"),
        OptionSpec.ofString(WEIGHTING, BATCH_MEANS, "batch-means (each term the mean over its own samples, reconstruction weighted 1 - gamma for all) or "
            + "eq3 (paper 001's Eq. 3 per sample: labelled gamma * L_S + (1 - gamma) * L_AE, unlabelled L_AE, mean over the batch)"));
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
    String weighting = o.getString(WEIGHTING);
    TrainingPlan.Builder plan = TrainingPlan.builder(ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), d));
    switch (weighting) {
      case BATCH_MEANS -> plan
          .loss(LossTerm.of(LossKinds.LATENT_MSE, gamma, Map.of(LossKinds.NAME, "structure"))
              .withField("target", target).withField("mask", StructureTargets.MASK_FIELD))
          .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1 - gamma));
      case EQ3 -> plan
          .loss(LossTerm.of(Eq3Losses.STRUCTURE, gamma, Map.of(LossKinds.NAME, "structure"))
              .withField("target", target).withField("mask", StructureTargets.MASK_FIELD))
          .loss(LossTerm.of(Eq3Losses.RECONSTRUCTION, 1, Map.of(Eq3Losses.GAMMA, Double.toString(gamma)))
              .withField("mask", StructureTargets.MASK_FIELD));
      default -> throw new InvalidInputException("method sae: weighting must be " + BATCH_MEANS + " or " + EQ3 + ", got '" + weighting + "'");
    }
    return plan
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
