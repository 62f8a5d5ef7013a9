package io.sae.methods.geometric;

import io.sae.api.method.ConfiguredLatentSpace;
import io.sae.api.method.LatentClusters;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code geometric}: paper 003's loss configuration. Encoder -> latent -> dense classifier head (default the
 * paper's Lin(d,32), Lin(32,64), Lin(64,n)), optionally a decoder in parallel; loss L_CE + k_g L_G (Eq. 10) with
 * the geometric loss of Eqs. 8-9 pulling each labelled latent into its class's configured cluster. Evaluation
 * reads the latent by the nearest configured centre. With {@code weight=0} it is the CE-only control with the
 * same architecture (the geometric term is then left out of the loss); its layout is still offered, as not
 * {@link LatentClusters#pulledByLoss pulled by the loss}, so the control's latents can be measured against it.
 */
public final class GeometricMethod implements StructuringMethod, ConfiguredLatentSpace {
  static final String CENTRES = "centres";
  static final String DISTANCE = "distance";
  static final String RADIUS = "radius";
  static final String RADII = "radii";
  static final String WEIGHT = "weight";
  static final String HIDDEN = "hidden";
  static final String RECONSTRUCTION = "reconstruction";

  @Override
  public String name() {
    return "geometric";
  }

  @Override
  public String description() {
    return "encoder + classifier head, cross-entropy + geometric loss toward configured latent clusters (paper 003)";
  }

  @Override
  public boolean needsLabels() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.ofString(CENTRES, "circle",
            "cluster centres: circle (n centres 2pi/n apart in the first two latent dimensions), simplex (regular simplex, latent >= n-1), "
                + "or 'x,y;x,y;...' (one row per class)"),
        OptionSpec.ofDouble(DISTANCE, 0.85, 1e-6, 1e6, "d_c: distance of the circle/simplex centres from the origin"),
        OptionSpec.ofDouble(RADIUS, 0.34, 1e-6, 1e6, "r_c: cluster radius (all classes)"),
        OptionSpec.ofString(RADII, "", "per-class radii 'r1,r2,...' (overrides radius)"),
        OptionSpec.ofDouble(WEIGHT, 0.2, 0, 1000, "k_g: weight of the geometric loss next to cross-entropy (0: CE only)"),
        OptionSpec.ofString(HIDDEN, "32,64", "widths of the ReLU layers of the classifier head"),
        OptionSpec.ofDouble(RECONSTRUCTION, 0, 0, 1000, "weight of a reconstruction MSE through a parallel decoder (0: no decoder)"));
  }

  @Override
  public Optional<LatentClusters> configuredClusters(PlanRequest request) {
    MethodOptions o = request.options();
    return Optional.of(new ConfiguredLayout(layout(o, request.data().classCount(), request.latentDim()), o.getDouble(WEIGHT) > 0));
  }

  /** The configured clusters of a request. */
  public static ClusterLayout layout(MethodOptions o, int classes, int latentDim) {
    String centres = o.getString(CENTRES).trim();
    String radii = o.getString(RADII).trim();
    ClusterLayout base = switch (centres) {
      case "circle" -> ClusterLayout.circle(classes, latentDim, o.getDouble(DISTANCE), o.getDouble(RADIUS));
      case "simplex" -> ClusterLayout.simplex(classes, latentDim, o.getDouble(DISTANCE), o.getDouble(RADIUS));
      default -> ClusterLayout.given(centres, radii.isEmpty() ? Double.toString(o.getDouble(RADIUS)) : radii, classes, latentDim);
    };
    if (!radii.isEmpty() && (centres.equals("circle") || centres.equals("simplex"))) {
      return ClusterLayout.given(rowsOf(base), radii, classes, latentDim);
    }
    return base;
  }

  private static String rowsOf(ClusterLayout l) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < l.classes(); i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < l.latentDim(); k++) {
        b.append(k == 0 ? "" : ",").append(l.centres().get(i, k));
      }
      rows.add(b.toString());
    }
    return String.join(";", rows);
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    MethodOptions o = request.options();
    int classes = request.data().classCount();
    ClusterLayout layout = layout(o, classes, request.latentDim());
    double reconstruction = o.getDouble(RECONSTRUCTION);
    ArchitectureSpec arch = ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim())
        .withDecoder(reconstruction > 0)
        .withHead(new HeadSpec.Classifier(classes, HeadWidths.parse(name(), o.getString(HIDDEN))));
    List<LossTerm> losses = new ArrayList<>();
    losses.add(LossTerm.of(LossKinds.SOFTMAX_CROSS_ENTROPY, 1.0));
    if (o.getDouble(WEIGHT) > 0) {
      // with weight 0 the term is left out, not multiplied by 0: unconstrained CE latents grow far enough for
      // exp(ReLU(d - r)) to overflow, and 0 * inf is NaN
      losses.add(new LossTerm(GeometricLoss.KIND, o.getDouble(WEIGHT), Map.of(),
          Map.of("centres", layout.centres(), "radii", layout.radiiRow())));
    }
    if (reconstruction > 0) {
      losses.add(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, reconstruction));
    }
    TrainingPlan.Builder plan = TrainingPlan.builder(arch).latentClassifier(ReadoutSpec.nearestCentre(layout.centres()))
        .labeledOnly(reconstruction == 0);
    losses.forEach(plan::loss);
    return plan.build();
  }
}
