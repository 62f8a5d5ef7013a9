package io.sae.methods.vae;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyReader;
import io.sae.api.method.ComponentPrior;
import io.sae.api.method.LossTerm;
import io.sae.api.method.VariableKey;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code kmeans-vae} (paper 004, section 4): an unsupervised VAE whose KL term pulls every sample towards
 * N(c, I), c the centre nearest to its latent mean among K k-means centres of the training latents, refitted
 * before every epoch ({@link KMeansPriorHook}, on a seeded sample of {@code kmeans-samples} rows) and chosen per
 * step in the graph ({@link NearestCentreKl}). Evaluation clusters the labelled training latents with k-means, labels each cluster by
 * its majority class and assigns test latents to the nearest cluster;
 * {@code sae sample --cluster K} decodes centre K + noise (the centres are saved with every checkpoint).
 */
final class KMeansVaeMethod implements StructuringMethod, ComponentPrior {
  static final String NAME = "kmeans-vae";
  static final String CLUSTERS = "clusters";
  static final String ITERATIONS = "kmeans-iterations";
  static final String SAMPLES = "kmeans-samples";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "VAE with prior N(c, I), c the k-means centre nearest to the latent mean, centres refitted every epoch (paper 004)";
  }

  @Override
  public boolean needsLabels() {
    return false;
  }

  @Override
  public List<OptionSpec> options() {
    return VaePlans.with(1.0,
        OptionSpec.ofInt(CLUSTERS, 0, 0, 10_000, "K of k-means (0: the number of classes)"),
        OptionSpec.ofInt(ITERATIONS, 100, 1, 10_000, "most Lloyd iterations per refresh (warm-started from the previous centres)"),
        OptionSpec.ofInt(SAMPLES, 10_000, 0, Integer.MAX_VALUE,
            "most training samples encoded before each epoch to refit the centres on, a fresh seeded draw each time (0: all)"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    int k = clusters(request);
    if (k > request.data().trainSize()) {
      throw new InvalidInputException("method " + NAME + ": " + k + " clusters for " + request.data().trainSize() + " training samples");
    }
    int samples = request.options().getInt(SAMPLES);
    if (samples > 0 && samples < k) {
      throw new InvalidInputException("method " + NAME + ": " + SAMPLES + "=" + samples + " is fewer than the " + k + " clusters (0: every training sample)");
    }
    var arch = VaePlans.architecture(NAME, request);
    VariableKey centres = NearestCentreKl.centres(k, arch.latentDim());
    KMeansPriorHook hook = new KMeansPriorHook(centres, request.options().getInt(ITERATIONS), samples, request.seed());
    return TrainingPlan.builder(arch)
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_BCE, 1.0))
        .loss(NearestCentreKl.term(centres, request.options().getDouble(VaePlans.BETA)))
        .variable(centres)
        .hook(Optional.of(hook))
        .latentClassifier(ReadoutSpec.clusterMajority(k))
        .build();
  }

  static int clusters(PlanRequest request) {
    int set = request.options().getInt(CLUSTERS);
    int k = set > 0 ? set : request.data().classCount();
    if (k < 2) {
      throw new InvalidInputException("method " + NAME + " needs at least 2 clusters, got " + k
          + (set > 0 ? "" : " (the data has " + request.data().classCount() + " classes; set clusters=K)"));
    }
    return k;
  }

  @Override
  public Selector selector() {
    return Selector.CLUSTER;
  }

  @Override
  public FloatMatrix componentMeans(PlanRequest request, Path hookState) throws IOException {
    Path file = hookState.resolve(KMeansPriorHook.CENTRES);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": missing; the run's k-means centres are saved with its checkpoints");
    }
    FloatMatrix centres = NpyReader.read(file).matrix();
    if (centres.rows() != clusters(request) || centres.cols() != request.latentDim()) {
      throw new InvalidInputException(file + ": expected " + clusters(request) + "x" + request.latentDim() + " centres, found "
          + centres.rows() + "x" + centres.cols());
    }
    return centres;
  }
}
