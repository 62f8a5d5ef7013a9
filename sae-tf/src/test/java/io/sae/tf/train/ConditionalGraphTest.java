package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochSelection;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.train.TrainingOptions;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.model.TfModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Label conditioning (CVAE): the one-hot label joins the encoder input and the decoder input. */
class ConditionalGraphTest {

  private static TrainingPlan cvae(String body, int[] shape) {
    ArchitectureSpec arch = ArchitectureSpec.autoencoder(NetworkSpecs.parse(body), shape, 3).withHead(new HeadSpec.Variational())
        .withConditioning(2);
    return new TrainingPlan(arch, List.of(LossTerm.of(LossKinds.RECONSTRUCTION_BCE, 1), LossTerm.of(LossKinds.KL_NORMAL, 1)), List.of(),
        List.of(), EpochSelection.LAST, ReadoutSpec.linearSvm(1), false, List.of());
  }

  @Test
  void conditionRowsAreOneHotAndNeedEveryLabel() {
    FloatMatrix c = ModelGraph.conditionRows(new int[] {1, 0, 2}, 3);
    assertThat(c.data()).containsExactly(0, 1, 0, 1, 0, 0, 0, 0, 1);
    assertThatThrownBy(() -> ModelGraph.conditionRows(new int[] {0, -1}, 3)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sample 1 has none");
    assertThatThrownBy(() -> ModelGraph.conditionRows(new int[] {3}, 3)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void encoderAndDecoderSeeTheLabelAndTheWeightsHaveTheConditionedShapes() throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {8}, 4);
    TrainingOutcome out = new Trainer(Fixtures.losses(), Fixtures.transforms())
        .train(TrainRequest.of(cvae("dense:6", new int[] {8}), Fixtures.noValidation(d), new TrainingOptions(5, 20, 1e-2, 1)));
    // 8 inputs + 2 label values into the first encoder layer; latent 3 + 2 label values into the decoder
    assertThat(out.weights().get("encoder/dense0/kernel").shape()).containsExactly(10, 6);
    assertThat(out.weights().get("decoder/dense0/kernel").shape()).containsExactly(5, 6);
    ArchitectureSpec arch = cvae("dense:6", new int[] {8}).architecture();
    try (TfModel model = new TfModel(new ModelInfo("cvae", arch, List.of("a", "b")), out.weights(), Fixtures.transforms())) {
      assertThat(model.conditional()).isTrue();
      FloatMatrix x = d.features().rowRange(0, 4);
      FloatMatrix z0 = model.encode(x, new int[] {0, 0, 0, 0});
      FloatMatrix z1 = model.encode(x, new int[] {1, 1, 1, 1});
      assertThat(z0.data()).isNotEqualTo(z1.data());
      FloatMatrix zeros = FloatMatrix.zeros(2, 3);
      assertThat(model.decode(zeros, new int[] {0, 0}).data()).isNotEqualTo(model.decode(zeros, new int[] {1, 1}).data());
      assertThat(model.reconstruct(x, new int[] {0, 1, 0, 1}).rows()).isEqualTo(4);
      // without labels the model cannot run: a clear error, never a guessed condition
      assertThatThrownBy(() -> model.encode(x)).isInstanceOf(InvalidInputException.class).hasMessageContaining("label-conditioned");
      assertThatThrownBy(() -> model.decode(zeros)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> model.reconstruct(x)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void conditioningNeedsADenseBody() {
    Dataset d = Fixtures.twoClasses(20, new int[] {4, 4, 1}, 4);
    assertThatThrownBy(() -> new Trainer(Fixtures.losses(), Fixtures.transforms())
        .train(TrainRequest.of(cvae("conv:2", new int[] {4, 4, 1}), Fixtures.noValidation(d), new TrainingOptions(1, 10, 1e-2, 1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("dense");
  }
}
