package io.sae.methods.vae;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyReader;
import io.sae.api.method.ComponentPrior;
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
 * N(c, I), c the nearest of K k-means centres of the training set's latent means, recomputed before every
 * epoch ({@link KMeansPriorHook}). Evaluation clusters the labelled training latents with k-means, labels each cluster by
 * its majority class and assigns test latents to the nearest cluster;
 * {@code sae sample --cluster K} decodes centre K + noise (the centres are saved with every checkpoint).
 */
final class KMeansVaeMethod implements StructuringMethod, ComponentPrior {
  static final String NAME = "kmeans-vae";
  static final String CLUSTERS = "clusters";
  static final String ITERATIONS = "kmeans-iterations";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "VAE with prior N(c, I), c the nearest k-means centre of the latent means, refreshed every epoch (paper 004)";
  }

  @Override
  public boolean needsLabels() {
    return false;
  }

  @Override
  public List<OptionSpec> options() {
    return VaePlans.with(1.0,
        OptionSpec.ofInt(CLUSTERS, 0, 0, 10_000, "K of k-means (0: the number of classes)"),
        OptionSpec.ofInt(ITERATIONS, 100, 1, 10_000, "most Lloyd iterations per refresh (warm-started from the previous centres)"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    int k = clusters(request);
    if (k > request.data().trainSize()) {
      throw new InvalidInputException("method " + NAME + ": " + k + " clusters for " + request.data().trainSize() + " training samples");
    }
    var arch = VaePlans.architecture(NAME, request);
    KMeansPriorHook hook = new KMeansPriorHook(VaePlans.priorMean(arch.latentDim()), k, request.options().getInt(ITERATIONS), request.seed());
    return VaePlans.plan(arch, request, Optional.of(hook), ReadoutSpec.clusterMajority(k));
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
