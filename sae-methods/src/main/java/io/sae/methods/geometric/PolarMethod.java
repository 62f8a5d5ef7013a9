package io.sae.methods.geometric;

import io.sae.api.method.ConfiguredLatentSpace;
import io.sae.api.method.LatentRegion;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.api.model.TransformSpec;
import java.util.List;
import java.util.Optional;

/**
 * {@code polar}: paper 003's encoder configuration (Section 3.2, Eqs. 4-7). The encoder's 2-D output passes
 * through the {@link PolarTransform} (one sector per class, prohibited gaps between them, an extra rotation for
 * points that fall in a gap), then the classifier head; trained with cross-entropy as in the paper. Because the
 * transform is part of the encoder, no encoded point, in training or at inference, lies in a gap.
 */
public final class PolarMethod implements StructuringMethod, ConfiguredLatentSpace {
  static final String GAP = "gap-degrees";
  static final String ROTATION = "rotation-degrees";
  static final String HIDDEN = "hidden";

  @Override
  public String name() {
    return "polar";
  }

  @Override
  public String description() {
    return "encoder with a polar transform (class sectors, prohibited gaps, extra rotation) + classifier head, cross-entropy (paper 003)";
  }

  @Override
  public boolean needsLabels() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.ofDouble(GAP, 10, 1e-3, 179, "width of the prohibited gap at the end of each class's slot of 360/n degrees"),
        OptionSpec.ofDouble(ROTATION, 0, 0, 360,
            "extra rotation for points in a gap, degrees (0: half a slot, the paper's 30 for 6 classes); must lie in [gap, slot - gap]"),
        OptionSpec.ofString(HIDDEN, "32,64", "widths of the ReLU layers of the classifier head"));
  }

  /** The sectors of a request. */
  public static PolarSectors sectors(MethodOptions o, int classes) {
    double rot = o.getDouble(ROTATION);
    return PolarSectors.ofDegrees(classes, o.getDouble(GAP), rot == 0 ? Double.NaN : rot);
  }

  /** The gaps between the class sectors: the transform rotates every encoded point out of them. */
  @Override
  public Optional<LatentRegion> prohibitedRegion(PlanRequest request) {
    PolarSectors s = sectors(request.options(), request.data().classCount());
    return Optional.of(z -> s.prohibited(z[0], z[1]));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    int classes = request.data().classCount();
    PolarSectors s = sectors(request.options(), classes);
    if (request.latentDim() != 2) {
      throw new io.sae.api.InvalidInputException("method polar needs --latent 2 (the polar transform acts on a plane), got "
          + request.latentDim());
    }
    ArchitectureSpec arch = ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), 2)
        .withDecoder(false)
        .withEncoderTransform(new TransformSpec(PolarTransform.KIND, s.params()))
        .withHead(new HeadSpec.Classifier(classes, HeadWidths.parse(name(), request.options().getString(HIDDEN))));
    return TrainingPlan.builder(arch).loss(LossTerm.of(LossKinds.SOFTMAX_CROSS_ENTROPY, 1.0))
        .latentClassifier(ReadoutSpec.softmaxHead()).labeledOnly(true).build();
  }
}
