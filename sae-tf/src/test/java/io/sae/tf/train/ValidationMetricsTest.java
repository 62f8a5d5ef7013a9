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

  /**
   * Class means of the training latents: class 0 (1, 0) from (0, 0) and (2, 0), class 1 (0, 5) from (0, 4) and (0, 6);
   * class 2 has no training row and is never nearest. (1, 1) label 0 is nearest (1, 0): right; (0, 3) label 1 is 2 from
   * (0, 5) and sqrt(10) from (1, 0): right; (1, 2) label 1 is 2 from (1, 0): wrong; the unlabelled row is not counted.
   */
  @Test
  void nearestMeanAccuracyCountsLabelledRowsNearestTheirOwnClassMean() {
    FloatMatrix train = new FloatMatrix(4, 2, new float[] {0, 0, 2, 0, 0, 4, 0, 6});
    FloatMatrix val = new FloatMatrix(4, 2, new float[] {1, 1, 0, 3, 1, 2, 1, 0});
    double acc = ValidationMetrics.nearestMeanAccuracy(train, new int[] {0, 0, 1, 1}, val, new int[] {0, 1, 1, Dataset.UNLABELED}, 3);
    assertThat(acc).isEqualTo(2 / 3.0);
    assertThat(ValidationMetrics.nearestMeanAccuracy(train, new int[] {0, 0, 1, 1}, val, new int[4], 3)).isEqualTo(0.75); // all label 0: only (0, 3) is nearer class 1
    int[] none = {Dataset.UNLABELED, Dataset.UNLABELED, Dataset.UNLABELED, Dataset.UNLABELED};
    assertThat(ValidationMetrics.nearestMeanAccuracy(train, new int[] {0, 0, 1, 1}, val, none, 3)).isNaN();
  }

  /** 10 rows, at most 4: rows[0], rows[2], rows[5], rows[7] (i * 10 / 4 rounded down); 3 rows at most 4: all. */
  @Test
  void evenlySpacedRowsStartAtTheFirstAndNeedNoSeed() {
    int[] rows = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    assertThat(ValidationMetrics.evenlySpaced(rows, 4)).containsExactly(10, 12, 15, 17);
    assertThat(ValidationMetrics.evenlySpaced(new int[] {3, 5, 9}, 4)).containsExactly(3, 5, 9);
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
    // the nearest-mean accuracy costs an encoding per epoch: only a plan that keeps its epoch by it has it
    TrainingPlan byNearestMean = plan(true, false).withSelection(EpochSelection.best("val_nearest_mean_accuracy", true));
    assertThat(ValidationMetrics.names(byNearestMean, validated)).containsExactly("val_nearest_mean_accuracy", "val_reconstruction_rmse");
    assertThat(ValidationMetrics.names(plan(true, true), Fixtures.noValidation(d))).isEmpty();
    int[] hidden = new int[10];
    java.util.Arrays.fill(hidden, Dataset.UNLABELED);
    Dataset unlabelled = validated.validation().withLabels("validation", hidden, d.classNames());
    LabeledSplit noLabels = new LabeledSplit(validated.train(), unlabelled, validated.trainIndices(), validated.validationIndices());
    assertThat(ValidationMetrics.names(plan(true, true), noLabels)).containsExactly("val_reconstruction_rmse");
  }
}
