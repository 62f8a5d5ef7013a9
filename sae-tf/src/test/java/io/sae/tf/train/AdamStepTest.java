package io.sae.tf.train;

import io.sae.tf.spi.LossContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.Dataset;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.LossTerm;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.train.TrainingOptions;
import io.sae.tf.spi.Initializer;
import io.sae.tf.spi.LossBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam's update order and bias correction, hand-checked on loss (w - 3)^2 from w = 0 with lr = 0.1: the first
 * step has g = -6, m = -0.6, v = 0.036, and the bias-corrected step lr * m_hat / sqrt(v_hat) = -0.1, so w = 0.1.
 * The second step (g = -5.8) gives m = -1.12, v = 0.069604, m_hat = -5.894737, v_hat = 34.819410, so
 * w = 0.1 + 0.1 * 5.894737 / 5.900797 = 0.199897. The model's own parameters get no gradient from this loss
 * and must stay untouched, which also checks that unreached parameters are skipped.
 */
class AdamStepTest {
  static final class Quadratic implements LossBuilder {
    Operand<TFloat32> w;

    @Override
    public Operand<TFloat32> build(LossTerm term, io.sae.tf.spi.LossContext ctx) {
      w = ctx.variables().trainable("w", new long[] {}, new Initializer.Constant(0f));
      return ctx.tf().math.square(ctx.tf().math.sub(w, ctx.tf().constant(3f)));
    }
  }

  @Test
  void twoStepsMatchHandComputedAdam() throws Exception {
    Dataset d = Fixtures.twoClasses(2, new int[] {4}, 1);
    TrainingPlan plan = new TrainingPlan(
        new ArchitectureSpec(NetworkSpecs.parse("dense:3"), new int[] {4}, 2, false, List.of(), Optional.empty(), 0),
        List.of(LossTerm.of("quadratic", 1)), List.of(), List.of(), EpochSelection.LAST,
        ReadoutSpec.linearSvm(1), false, List.of());
    Trainer trainer = new Trainer(Map.of("quadratic", new Quadratic()), Map.of());
    // batch 2 with 2 samples: one step per epoch
    var one = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(1, 2, 0.1, 5)));
    assertThat(one.weights().get("w").values()[0]).isCloseTo(0.1f, within(1e-5f));
    var two = trainer.train(TrainRequest.of(plan, Fixtures.noValidation(d), new TrainingOptions(2, 2, 0.1, 5)));
    assertThat(two.weights().get("w").values()[0]).isCloseTo(0.199897f, within(1e-5f));
    float[] untouched = two.weights().get("encoder/dense0/kernel").values();
    float[] initial = one.weights().get("encoder/dense0/kernel").values();
    assertThat(untouched).containsExactly(initial);
  }
}
