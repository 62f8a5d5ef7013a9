package io.sae.tf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;

/** Shapes of every endpoint for the paper presets, and consistency between encode, decode and reconstruct. */
class TfModelTest {
  private static ParameterSnapshot initialWeights(ArchitectureSpec spec) {
    try (Graph g = new Graph()) {
      Parameters p = new Parameters(Ops.create(g), 42);
      new io.sae.tf.graph.ModelGraph(Ops.create(g), spec, p, Map.of());
      return p.initialValues();
    }
  }

  private static FloatMatrix random(int rows, int cols, long seed) {
    Random r = new Random(seed);
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextFloat();
    }
    return new FloatMatrix(rows, cols, v);
  }

  @Test
  void convPresetOnMnistShapes() {
    ArchitectureSpec spec = ArchitectureSpec.autoencoder(NetworkSpecs.parse("conv"), new int[] {28, 28, 1}, 10)
        .withHead(new HeadSpec.Classifier(3, List.of()));
    try (TfModel m = new TfModel(new ModelInfo("test", spec, List.of("a", "b", "c")), initialWeights(spec), Map.of())) {
      FloatMatrix x = random(5, 784, 1);
      FloatMatrix z = m.encode(x);
      assertThat(z.rows()).isEqualTo(5);
      assertThat(z.cols()).isEqualTo(10);
      FloatMatrix xHat = m.reconstruct(x);
      assertThat(xHat.cols()).isEqualTo(784);
      FloatMatrix decoded = m.decode(z);
      for (int i = 0; i < xHat.data().length; i++) {
        assertThat(decoded.data()[i]).isCloseTo(xHat.data()[i], within(1e-5f));
        assertThat(xHat.data()[i]).isBetween(0f, 1f); // sigmoid output
      }
      FloatMatrix p = m.classProbabilities(x);
      assertThat(p.cols()).isEqualTo(3);
      for (int i = 0; i < 5; i++) {
        assertThat(p.get(i, 0) + p.get(i, 1) + p.get(i, 2)).isCloseTo(1f, within(1e-5f));
      }
    }
  }

  @Test
  void conv4x4PoolingRetracesOddSizes() {
    // 28 -> 14 -> 7 -> 4 with same-padded pooling; the decoder must come back to exactly 28x28
    ArchitectureSpec spec = ArchitectureSpec.autoencoder(NetworkSpecs.parse("conv:4,4,4"), new int[] {28, 28, 1}, 3);
    try (TfModel m = new TfModel(new ModelInfo("t", spec, List.of("a", "b")), initialWeights(spec), Map.of())) {
      assertThat(m.reconstruct(random(2, 784, 2)).cols()).isEqualTo(784);
    }
  }

  @Test
  void densePresetsAndMissingParts() {
    ArchitectureSpec spec = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense-2048"), new int[] {300}, 30).withDecoder(false);
    try (TfModel m = new TfModel(new ModelInfo("t", spec, List.of("a", "b")), initialWeights(spec), Map.of())) {
      assertThat(m.encode(random(3, 300, 3)).cols()).isEqualTo(30);
      assertThatThrownBy(() -> m.decode(FloatMatrix.zeros(1, 30))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> m.classProbabilities(random(1, 300, 1))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> m.encode(random(1, 299, 1))).hasMessageContaining("expects 300 values");
    }
  }

  @Test
  void variationalHeadEncodesTheMean() {
    ArchitectureSpec spec = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:16"), new int[] {20}, 4).withHead(new HeadSpec.Variational());
    ParameterSnapshot w = initialWeights(spec);
    assertThat(w.arrays()).containsKeys("latent/kernel", "latent_logvar/kernel");
    try (TfModel m = new TfModel(new ModelInfo("t", spec, List.of("a", "b")), w, Map.of())) {
      FloatMatrix x = random(4, 20, 5);
      // deterministic at inference: the same input gives the same code and reconstruction
      assertThat(m.encode(x)).isEqualTo(m.encode(x));
      assertThat(m.reconstruct(x)).isEqualTo(m.reconstruct(x));
    }
  }

  @Test
  void weightsOfAnotherArchitectureAreRejected() {
    ArchitectureSpec a = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:16"), new int[] {20}, 4);
    ArchitectureSpec b = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {20}, 4);
    assertThatThrownBy(() -> new TfModel(new ModelInfo("t", b, List.of("a", "b")), initialWeights(a), Map.of()))
        .hasMessageContaining("encoder/dense0/kernel").hasMessageContaining("shape");
  }
}
