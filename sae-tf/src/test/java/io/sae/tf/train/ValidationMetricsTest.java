package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabeledSplit;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.ReadoutSpec;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.tf.graph.NetworkSpecs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationMetricsTest {

  @Test
  void rmseIsTheRootOfTheMeanSquaredDifference() {
    FloatMatrix x = new FloatMatrix(2, 2, new float[] {0, 1, 2, 3});
    FloatMatrix xHat = new FloatMatrix(2, 2, new float[] {0, 1, 2, 5}); // one difference of 2: sqrt(4 / 4)
    assertThat(ValidationMetrics.rmse(x, xHat)).isEqualTo(1.0);
  }

  @Test
  void accuracyAndCrossEntropyCountLabelledRowsAndBreakTiesTowardsTheFirstClass() {
    FloatMatrix p = new FloatMatrix(4, 2, new float[] {
        0.7f, 0.3f, // label 0: right
        0.4f, 0.6f, // label 0: wrong
        0.5f, 0.5f, // label 1: the tie goes to class 0, wrong
        0.0f, 1.0f}); // hidden label: not counted
    Map<String, Double> m = ValidationMetrics.classification(p, new int[] {0, 0, 1, Dataset.UNLABELED});
    assertThat(m.get("val_accuracy")).isEqualTo(1 / 3.0);
    assertThat(m.get("val_cross_entropy")).isCloseTo(-(Math.log(0.7) + Math.log(0.4) + Math.log(0.5)) / 3, within(1e-7));
  }

  @Test
  void aZeroProbabilityIsClippedAndNoLabelsGiveNoMetrics() {
    FloatMatrix p = new FloatMatrix(1, 2, new float[] {1, 0});
    assertThat(ValidationMetrics.classification(p, new int[] {1}).get("val_cross_entropy")).isCloseTo(-Math.log(1e-12), within(1e-9));
    assertThat(ValidationMetrics.classification(p, new int[] {Dataset.UNLABELED})).isEmpty();
  }

  private static TrainingPlan plan(boolean decoder, boolean head) {
    return new TrainingPlan(
        new ArchitectureSpec(NetworkSpecs.parse("dense:8"), new int[] {16}, 2, decoder,
            head ? List.of(new HeadSpec.Classifier(2, List.of())) : List.of(), Optional.empty(), 0),
        List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1)), List.of(), List.of(), EpochSelection.LAST,
        ReadoutSpec.linearSvm(1), false, List.of());
  }

  @Test
  void theNamesFollowTheModelAndTheValidationSplit() {
    Dataset d = Fixtures.twoClasses(50, new int[] {16}, 1);
    LabeledSplit validated = Fixtures.withValidation(d, 10);
    assertThat(ValidationMetrics.names(plan(true, false), validated)).containsExactly("val_reconstruction_rmse");
    assertThat(ValidationMetrics.names(plan(true, true), validated)).containsExactly("val_accuracy", "val_cross_entropy", "val_reconstruction_rmse");
    assertThat(ValidationMetrics.names(plan(false, true), validated)).containsExactly("val_accuracy", "val_cross_entropy");
    assertThat(ValidationMetrics.names(plan(true, true), Fixtures.noValidation(d))).isEmpty();
    int[] hidden = new int[10];
    java.util.Arrays.fill(hidden, Dataset.UNLABELED);
    Dataset unlabelled = validated.validation().withLabels("validation", hidden, d.classNames());
    LabeledSplit noLabels = new LabeledSplit(validated.train(), unlabelled, validated.trainIndices(), validated.validationIndices());
    assertThat(ValidationMetrics.names(plan(true, true), noLabels)).containsExactly("val_reconstruction_rmse");
  }
}
