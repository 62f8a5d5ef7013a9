package io.sae.tf.readout;

import io.sae.tf.spi.Readout;
import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.spi.ReadoutInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.Classification;
import io.sae.api.model.HeadSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.plugin.ExtensionSet;
import io.sae.tf.TfExtensions;
import io.sae.tf.TfPlugin;
import io.sae.tf.model.TestModels;
import io.sae.tf.model.TfModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** Each readout's graph ops against the same arithmetic done on the host from the model's latents. */
class ReadoutGraphTest {
  private static final ArchitectureSpec SPEC =
      ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:16"), new int[] {12}, 4).withHead(new HeadSpec.Classifier(3, List.of()));
  private static final List<String> NAMES = List.of("a", "b", "c");
  private static final Map<String, ReadoutGraph> GRAPHS = ExtensionSet.of(new TfPlugin()).get(TfExtensions.READOUT_GRAPHS);

  private static Readout unfitted(ReadoutSpec spec) {
    return Readouts.unfitted(GRAPHS, spec, SPEC).orElseThrow();
  }

  private static FloatMatrix row(float... v) {
    return new FloatMatrix(1, v.length, v);
  }

  private static TfModel model(Readout readout) {
    return new TfModel(new ModelInfo("t", SPEC, NAMES), TestModels.initialWeights(SPEC, 7), Map.of(), Optional.of(readout));
  }

  private static void assertScores(Classification c, float[][] expected) {
    for (int i = 0; i < expected.length; i++) {
      int best = 0;
      for (int k = 0; k < expected[i].length; k++) {
        assertThat(c.scores().get(i, k)).as("row %d class %d", i, k).isCloseTo(expected[i][k], within(1e-5f));
        if (expected[i][k] > expected[i][best]) {
          best = k;
        }
      }
      assertThat(c.classes()[i]).isEqualTo(best);
    }
  }

  @Test
  void nearestCentreScoresAreNegativeSquaredDistances() {
    FloatMatrix x = TestModels.uniform(6, 12, 1);
    FloatMatrix centres;
    FloatMatrix z;
    try (TfModel plain = new TfModel(new ModelInfo("t", SPEC, NAMES), TestModels.initialWeights(SPEC, 7), Map.of())) {
      z = plain.encode(x);
      assertThat(plain.canClassify()).isFalse();
      assertThatThrownBy(() -> plain.classify(x)).isInstanceOf(UnsupportedOperationException.class);
    }
    // centres at the latents of rows 3, 1 and 5: those rows must land on "their" centre with score 0
    centres = z.rows(new int[] {3, 1, 5});
    try (TfModel m = model(unfitted(ReadoutSpec.nearestCentre(centres)))) {
      Classification c = m.classify(x);
      float[][] expected = new float[6][3];
      for (int i = 0; i < 6; i++) {
        for (int k = 0; k < 3; k++) {
          float d = 0;
          for (int j = 0; j < 4; j++) {
            float diff = z.get(i, j) - centres.get(k, j);
            d += diff * diff;
          }
          expected[i][k] = -d;
        }
      }
      assertScores(c, expected);
      assertThat(c.classes()[3]).isEqualTo(0);
      assertThat(c.classes()[1]).isEqualTo(1);
      assertThat(c.classes()[5]).isEqualTo(2);
    }
  }

  @Test
  void linearScoresStandardiseThenApplyWeights() {
    FloatMatrix x = TestModels.uniform(5, 12, 2);
    float[] mean = {0.1f, -0.2f, 0.3f, 0f};
    float[] scale = {2f, 0.5f, 1f, 4f};
    FloatMatrix w = new FloatMatrix(3, 4, new float[] {1, 0, 0, 0, 0, 1, -1, 0, 0.5f, 0.25f, 0, 2});
    float[] bias = {0f, 0.5f, -1f};
    FloatMatrix z;
    try (TfModel m = model(Readouts.fitted(GRAPHS, LinearGraph.KIND, 3,
        Map.of("mean", row(mean), "scale", row(scale), "weights", w, "bias", row(bias)), "test"))) {
      z = m.encode(x);
      float[][] expected = new float[5][3];
      for (int i = 0; i < 5; i++) {
        for (int k = 0; k < 3; k++) {
          float s = bias[k];
          for (int j = 0; j < 4; j++) {
            s += w.get(k, j) * (z.get(i, j) - mean[j]) / scale[j];
          }
          expected[i][k] = s;
        }
      }
      assertScores(m.classify(x), expected);
    }
  }

  @Test
  void argmaxFirstKAndSoftmaxHead() {
    FloatMatrix x = TestModels.uniform(5, 12, 3);
    try (TfModel m = model(unfitted(ReadoutSpec.argmaxFirstK(3)))) {
      FloatMatrix z = m.encode(x);
      float[][] expected = new float[5][3];
      for (int i = 0; i < 5; i++) {
        for (int k = 0; k < 3; k++) {
          expected[i][k] = z.get(i, k);
        }
      }
      assertScores(m.classify(x), expected);
    }
    try (TfModel m = model(unfitted(ReadoutSpec.softmaxHead()))) {
      FloatMatrix p = m.classProbabilities(x);
      float[][] expected = new float[5][3];
      for (int i = 0; i < 5; i++) {
        expected[i] = p.row(i);
      }
      assertScores(m.classify(x), expected);
    }
  }

  @Test
  void unfittedReadoutsFollowTheMethodsClassifier() {
    Readout softmax = unfitted(ReadoutSpec.softmaxHead());
    assertThat(softmax.kind()).isEqualTo("softmax-head");
    assertThat(softmax.classes()).isEqualTo(3);
    assertThat(softmax.describe()).isEqualTo("softmax head (scores: class probabilities)");
    Readout argmax = unfitted(ReadoutSpec.argmaxFirstK(2));
    assertThat(argmax.classes()).isEqualTo(2);
    assertThat(argmax.describe()).isEqualTo("argmax of the first 2 latent dimensions (scores: those dimensions)");
    assertThat(unfitted(ReadoutSpec.nearestCentre(FloatMatrix.zeros(5, 4))).describe())
        .isEqualTo("nearest of 5 configured centres (scores: negative squared distances)");
    // fitted on data first: no graph under the plan's kind
    assertThat(Readouts.unfitted(GRAPHS, ReadoutSpec.linearSvm(1.0), SPEC)).isEmpty();
    assertThat(Readouts.unfitted(GRAPHS, ReadoutSpec.clusterMajority(5), SPEC)).isEmpty();
    assertThatThrownBy(() -> unfitted(ReadoutSpec.nearestCentre(FloatMatrix.zeros(3, 5))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("centres have 5 values");
    ArchitectureSpec headless = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:16"), new int[] {12}, 4);
    assertThatThrownBy(() -> Readouts.unfitted(GRAPHS, ReadoutSpec.softmaxHead(), headless))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has none");
  }

  @Test
  void anUnregisteredGraphKindListsTheRegisteredOnes() {
    assertThat(GRAPHS.keySet()).containsExactly("argmax-first-k", "linear", "nearest-centre", "softmax-head");
    assertThatThrownBy(() -> Readouts.fitted(GRAPHS, "dec-soft-assignment", 3, Map.of(), "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("no readout graph 'dec-soft-assignment' is registered (registered: argmax-first-k, linear, nearest-centre, softmax-head)");
  }

  /** A plugin-style graph that reads the model's trained variables by name: the head's logits, rebuilt. */
  private static final class HeadLogits implements ReadoutGraph {
    @Override
    public String scoreMeaning() {
      return "logits";
    }

    @Override
    public Operand<TFloat32> scores(ReadoutInputs in) {
      return in.tf().math.add(in.tf().linalg.matMul(in.latent(), in.variable("head/logits/kernel")), in.variable("head/logits/bias"));
    }
  }

  @Test
  void aGraphReadsTheModelsVariablesByName() {
    FloatMatrix x = TestModels.uniform(4, 12, 4);
    try (TfModel m = model(Readout.of("head-logits", new HeadLogits(), 3, Map.of(), "own head"))) {
      FloatMatrix p = m.classProbabilities(x);
      Classification c = m.classify(x);
      for (int i = 0; i < 4; i++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += Math.exp(c.scores().get(i, k));
        }
        for (int k = 0; k < 3; k++) {
          assertThat(Math.exp(c.scores().get(i, k)) / sum).as("softmax of the rebuilt logits").isCloseTo(p.get(i, k), within(1e-5));
        }
      }
    }
    Readout missing = Readout.of("bad", new ReadoutGraph() {
      @Override
      public String scoreMeaning() {
        return "-";
      }

      @Override
      public Operand<TFloat32> scores(ReadoutInputs in) {
        return in.variable("centres");
      }
    }, 3, Map.of(), "bad");
    assertThatThrownBy(() -> model(missing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the model has no variable 'centres' (has [").hasMessageContaining("head/logits/kernel");
  }
}
