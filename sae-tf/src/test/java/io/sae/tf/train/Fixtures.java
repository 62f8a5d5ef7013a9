package io.sae.tf.train;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabeledSplit;
import io.sae.tf.spi.LossKinds;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.loss.KlNormalLoss;
import io.sae.tf.loss.LatentMseLoss;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.loss.ReconstructionBceLoss;
import io.sae.tf.loss.ReconstructionMseLoss;
import io.sae.tf.loss.SoftmaxCrossEntropyLoss;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/** Small synthetic data and the built-in loss registry for sae-tf tests. */
final class Fixtures {
  private Fixtures() {}

  static Map<String, LossBuilder> losses() {
    Map<String, LossBuilder> m = new HashMap<>();
    m.put(LossKinds.RECONSTRUCTION_MSE, new ReconstructionMseLoss());
    m.put(LossKinds.RECONSTRUCTION_BCE, new ReconstructionBceLoss());
    m.put(LossKinds.SOFTMAX_CROSS_ENTROPY, new SoftmaxCrossEntropyLoss());
    m.put(LossKinds.LATENT_MSE, new LatentMseLoss());
    m.put(LossKinds.KL_NORMAL, new KlNormalLoss());
    return m;
  }

  static Map<String, TransformBuilder> transforms() {
    return Map.of();
  }

  /**
   * n samples in [0,1]^dim from two classes: a class-dependent mean pattern plus noise, so both reconstruction
   * and classification are learnable.
   */
  static Dataset twoClasses(int n, int[] shape, long seed) {
    int dim = java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    Random r = new Random(seed);
    float[] x = new float[n * dim];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
      for (int j = 0; j < dim; j++) {
        double base = (y[i] == 0) == (j < dim / 2) ? 0.8 : 0.2;
        x[i * dim + j] = (float) Math.min(1, Math.max(0, base + 0.1 * r.nextGaussian()));
      }
    }
    return new Dataset("two-classes", new FloatMatrix(n, dim, x), shape, y, List.of("a", "b"));
  }

  static LabeledSplit noValidation(Dataset train) {
    Dataset empty = train.subset("validation", new int[0]);
    return new LabeledSplit(train, empty, IntStream.range(0, train.size()).toArray(), new int[0]);
  }

  static LabeledSplit withValidation(Dataset all, int validation) {
    int[] tr = IntStream.range(validation, all.size()).toArray();
    int[] va = IntStream.range(0, validation).toArray();
    return new LabeledSplit(all.subset("train", tr), all.subset("validation", va), tr, va);
  }
}
