package com.example.dec;

import io.sae.api.InvalidInputException;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.SampleField;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.method.VariableKey;
import io.sae.api.model.ArchitectureSpec;
import java.util.List;
import java.util.Map;

/**
 * {@code dec}: Deep Embedded Clustering (Xie, Girshick and Farhadi, ICML 2016). The encoder and k trainable cluster
 * centres minimise KL(P || Q), where Q is a Student's t soft assignment of each latent to the centres and P a sharpened
 * target computed from Q on the host by {@link DecHook} every {@code update-every} epochs, held fixed in between. The
 * hook initialises the centres with k-means on the training latents at its first refresh, so a run normally starts from
 * a pretrained autoencoder: {@code sae train -m dec --init-from AE_RUN} (same architecture and latent size).
 *
 * <p>With {@code recon-weight} > 0 the reconstruction error is kept in the loss (IDEC, Guo et al. 2017); the default 0
 * is DEC, whose loss does not use the decoder (it is kept so that an autoencoder's weights fit and exports decode).
 * Its readout is DEC's own ({@link DecReadout}): the nearest trained centre, each cluster labelled by its majority class.
 */
public final class DecMethod implements StructuringMethod {
  static final String NAME = "dec";
  static final String CLUSTERS = "clusters";
  static final String ALPHA = "alpha";
  static final String UPDATE_EVERY = "update-every";
  static final String RECON_WEIGHT = "recon-weight";
  static final String KMEANS_RESTARTS = "kmeans-restarts";
  /** The per-sample target distribution P, one column per cluster. */
  static SampleField target(int clusters) {
    return new SampleField("dec-target", clusters);
  }

  /** The trainable cluster centres, one row per cluster. */
  static VariableKey centres(int clusters, int latentDim) {
    return new VariableKey("dec-centres", clusters, latentDim);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "deep embedded clustering: KL(P || Q) toward trained cluster centres, from a pretrained autoencoder (example plugin)";
  }

  @Override
  public boolean needsLabels() {
    return false;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.ofInt(CLUSTERS, 0, 0, 100_000, "number of clusters k; 0 = the number of classes of the data"),
        OptionSpec.ofDouble(ALPHA, 1.0, 1e-3, 1e3, "degrees of freedom of the Student's t kernel of Q (the paper: 1)"),
        OptionSpec.ofInt(UPDATE_EVERY, 1, 1, 100_000, "epochs between refreshes of the target distribution P"),
        OptionSpec.ofDouble(RECON_WEIGHT, 0.0, 0, 1e3, "weight of the reconstruction MSE next to KL(P || Q); > 0 gives IDEC"),
        OptionSpec.ofInt(KMEANS_RESTARTS, 20, 1, 1000, "k-means++ runs initialising the centres (the lowest-inertia one is kept; the paper: 20)"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    int k = request.options().getInt(CLUSTERS);
    if (k == 0) {
      k = request.data().classCount();
    }
    if (k < 2) {
      throw new InvalidInputException("method dec needs at least 2 clusters (--set clusters=K), got " + k);
    }
    double alpha = request.options().getDouble(ALPHA);
    VariableKey centres = centres(k, request.latentDim());
    SampleField target = target(k);
    LossTerm kl = LossTerm.of(DecKlTerm.KIND, 1.0, Map.of(DecKlTerm.CLUSTERS, String.valueOf(k), DecKlTerm.ALPHA, String.valueOf(alpha)))
        .withField(DecKlTerm.TARGET, target);
    TrainingPlan.Builder plan = TrainingPlan.builder(
            ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim()))
        .loss(kl)
        .variable(centres)
        .field(target)
        .hook(new DecHook(centres, alpha, request.options().getInt(UPDATE_EVERY), request.options().getInt(KMEANS_RESTARTS), target))
        .latentClassifier(DecReadout.spec(centres.name()));
    double recon = request.options().getDouble(RECON_WEIGHT);
    if (recon > 0) {
      plan.loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, recon));
    }
    return plan.build();
  }
}
