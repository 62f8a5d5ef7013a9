package io.sae.methods.sae;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.SampleField;
import io.sae.api.method.LatentScope;
import java.util.Map;

/**
 * The host side of paper 001's Algorithm 1, run before every {@code refreshEvery}-th epoch: encode the
 * labelled training samples, take the class means M of their latents, run weighted metric MDS over the K class
 * points (weights n_a n_b, dissimilarities from {@link ClassDistances}) started from M, align the result to M
 * with weighted orthogonal Procrustes ({@link Procrustes}), and give every labelled sample its class's aligned
 * point as latent target (mask 1; unlabelled samples get mask 0). No N x N matrix is built.
 *
 * <p>The class means are estimated from at most {@code meanSamples} labelled samples, drawn per class in
 * proportion to the class sizes with the refresh's seed; the MDS weights use the full class sizes. Encoding
 * is almost all of the hook's cost, and a mean over thousands of samples per class moves by far less than the
 * class distances, so with every label visible this keeps the hook a small share of the epoch.
 *
 * <p>Metrics: {@code mds_stress} (weighted stress over the weighted sum of squared dissimilarities) and
 * {@code mean_target_shift} (mean distance of a class mean to its target, weighted by class size).
 */
final class StructureTargets implements EpochHook {
  static final String TARGET = "structure_target";
  static final String MASK = "structure_mask";
  /** 1 for labelled samples (whose target is set), 0 for the others. */
  static final SampleField MASK_FIELD = new SampleField(MASK, 1);

  private final SampleField targetField;

  private final double[][] delta;
  private final int refreshEvery;
  private final int mdsIterations;
  private final double mdsTolerance;
  private final int meanSamples;

  /** @param meanSamples most labelled samples encoded to estimate the class means (0: all of them) */
  /** The per-sample latent target of a {@code latentDim}-dimensional latent space. */
  static SampleField target(int latentDim) {
    return new SampleField(TARGET, latentDim);
  }

  StructureTargets(SampleField target, double[][] delta, int refreshEvery, int mdsIterations, double mdsTolerance, int meanSamples) {
    this.targetField = target;
    this.delta = delta;
    this.meanSamples = meanSamples;
    this.refreshEvery = refreshEvery;
    this.mdsIterations = mdsIterations;
    this.mdsTolerance = mdsTolerance;
  }

  @Override
  public boolean refreshBefore(int epoch) {
    return epoch % refreshEvery == 0;
  }

  @Override
  public LatentScope latentScope() {
    return LatentScope.LABELED;
  }

  @Override
  public int[] latentRows(Dataset train, long seed) {
    return ProportionalSample.rows(labelledRows(train), train, meanSamples, seed);
  }

  @Override
  public java.util.List<SampleField> fills() {
    return java.util.List.of(targetField, MASK_FIELD);
  }

  @Override
  public HookResult refresh(EpochState state) {
    Dataset train = state.train();
    int k = delta.length;
    int d = state.latents().cols();
    int[] labelled = labelledRows(train);
    double[] sizes = new double[k];
    for (int row : labelled) {
      sizes[train.label(row)]++;
    }
    for (int c = 0; c < k; c++) {
      if (sizes[c] == 0) {
        throw new InvalidInputException("method sae needs at least one labelled training sample of every class; class '"
            + train.classNames().get(c) + "' has none (use more --labels)");
      }
    }
    double[][] means = new double[k][d];
    double[] encoded = new double[k];
    int[] rows = state.latentRows();
    float[] latents = state.latents().data(); // row-major, d per row
    for (int r = 0; r < rows.length; r++) {
      int c = train.label(rows[r]);
      encoded[c]++;
      double[] mean = means[c];
      for (int j = 0; j < d; j++) {
        mean[j] += latents[r * d + j];
      }
    }
    for (int c = 0; c < k; c++) {
      if (encoded[c] == 0) {
        throw new IllegalStateException("no encoded sample of class " + c + " to estimate its mean from");
      }
      for (int j = 0; j < d; j++) {
        means[c][j] /= encoded[c];
      }
    }
    double[][] weights = new double[k][k];
    double scaleOfDelta = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        weights[a][b] = sizes[a] * sizes[b];
        if (a < b) {
          scaleOfDelta += weights[a][b] * delta[a][b] * delta[a][b];
        }
      }
    }
    WeightedSmacof.Result mds = WeightedSmacof.fit(delta, weights, means, mdsIterations, mdsTolerance);
    double[][] targets = Procrustes.align(mds.points(), means, sizes);

    int n = train.size();
    float[] target = new float[n * d];
    float[] mask = new float[n];
    float[][] classTargets = new float[k][d];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        classTargets[c][j] = (float) targets[c][j];
      }
    }
    for (int row : labelled) {
      mask[row] = 1;
      System.arraycopy(classTargets[train.label(row)], 0, target, row * d, d);
    }
    double shift = 0;
    for (int c = 0; c < k; c++) {
      shift += sizes[c] * WeightedSmacof.distance(means[c], targets[c]);
    }
    return HookResult.builder()
        .put(targetField, new FloatMatrix(n, d, target))
        .put(MASK_FIELD, new FloatMatrix(n, 1, mask))
        .metrics(Map.of("mds_stress", mds.stress() / scaleOfDelta, "mean_target_shift", shift / labelled.length))
        .build();
  }

  private static int[] labelledRows(Dataset train) {
    // a plain loop, not an IntStream: the hook runs before every epoch, and the stream was slow while cold
    int[] rows = new int[train.size()];
    int n = 0;
    for (int i = 0; i < rows.length; i++) {
      if (train.label(i) != Dataset.UNLABELED) {
        rows[n++] = i;
      }
    }
    return n == rows.length ? rows : java.util.Arrays.copyOf(rows, n);
  }
}
