package io.sae.lab.experiment.rudolph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.sae.data.LabelSelection;
import io.sae.runtime.train.Training;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeTest {
  private static final Recipe.Data ABC = new Recipe.Data("mnist", "mnist-abc", "mnist-abc", "conv", 10);

  @Test
  void nameHoldsEverySettingThatVariesAndArgumentsMatchIt() {
    Recipe sae = Recipe.of("sae", ABC, "600", 20, 3).withGamma(0.25);
    assertThat(sae.name()).isEqualTo("sae-mnist-abc-L600-g0.25-e20-s3");
    assertThat(sae.withGamma(1).name()).isEqualTo("sae-mnist-abc-L600-g1-e20-s3");
    Training t = sae.training();
    assertThat(List.of(t.method(), t.dataset(), t.grouping(), t.architecture())).containsExactly("sae", "mnist", "mnist-abc", "conv");
    assertThat(List.of(t.labels(), t.latent(), t.epochs())).containsExactly(600, 10, 20);
    assertThat(t.seed()).isEqualTo(3);
    assertThat(t.options()).containsExactly(entry("gamma", "0.25"));
    assertThat(t.commandLine()).containsSubsequence("--set", "gamma=0.25");
    Recipe cls = Recipe.of("classifier", ABC, "all", 30, 1);
    assertThat(cls.name()).isEqualTo("classifier-mnist-abc-Lall-e30-s1");
    assertThat(cls.training().options()).isEmpty();
    assertThat(cls.training().labels()).isEqualTo(LabelSelection.ALL);
  }

  /** eq3 runs are named and trained apart; batch-means, the default, keeps the names and options runs had before. */
  @Test
  void weightingIsInTheNameAndOptionsOfEq3RunsOnly() {
    Context ctx = new Context(null, null, null, new Context.Scale(20, 30, 0, 0, 0), 3, "eq3");
    Recipe eq3 = ctx.sae(ABC, "600", 3, 0.9);
    assertThat(eq3.name()).isEqualTo("sae-mnist-abc-L600-g0.9-weq3-e20-s3");
    assertThat(eq3.training().options()).containsExactly(entry("gamma", "0.9"), entry("weighting", "eq3"));
    assertThat(eq3.withSeed(4).withEpochs(30).name()).isEqualTo("sae-mnist-abc-L600-g0.9-weq3-e30-s4");
    Recipe batchMeans = new Context(null, null, null, new Context.Scale(20, 30, 0, 0, 0), 3, RudolphOptions.DEFAULT_WEIGHTING).sae(ABC, "600", 3, 0.25);
    assertThat(batchMeans.name()).isEqualTo(Recipe.of("sae", ABC, "600", 20, 3).withGamma(0.25).name()).isEqualTo("sae-mnist-abc-L600-g0.25-e20-s3");
    assertThat(batchMeans.training().options()).containsExactly(entry("gamma", "0.25"));
    // other methods ignore the weighting: the ae and classifier runs are shared by both weightings
    assertThat(ctx.autoencoder(ABC).name()).isEqualTo("ae-mnist-Lall-e20-s3");
    assertThat(ctx.classifier(ABC, "600", 60_000).withWeighting("eq3").training().options()).isEmpty();
  }

  /** The label-free baselines share one run per dataset; the gamma-0 control is the sae run of the same samples, under both weightings. */
  @Test
  void baselinesAndPairedControlAreNamedForSharing() {
    Context eq3 = new Context(null, null, null, new Context.Scale(20, 30, 0, 0, 0), 2, "eq3");
    assertThat(eq3.unsupervised("aae", ABC).name()).isEqualTo("aae-mnist-Lall-e20-s2");
    assertThat(eq3.unsupervised("vae", ABC).training().options()).isEmpty();
    Recipe control = eq3.pairedControl(ABC, "600");
    assertThat(control.name()).isEqualTo("sae-mnist-abc-L600-g0-e20-s2");
    assertThat(control.training().options()).containsExactly(entry("gamma", "0"));
    assertThat(control.training().labels()).isEqualTo(eq3.sae(ABC, "600", 2, 0.5).training().labels()).isEqualTo(600);
    assertThat(new Context(null, null, null, new Context.Scale(20, 30, 0, 0, 0), 2, RudolphOptions.DEFAULT_WEIGHTING).pairedControl(ABC, "600"))
        .isEqualTo(control);
  }

  /** The validation-chosen sae run is its own run: named -vbest, keeping the best epoch by the nearest-mean accuracy and never stopping early. */
  @Test
  void bestEpochRunsAreNamedAndTrainedApart() {
    Recipe last = Recipe.of("sae", ABC, "600", 20, 3).withGamma(0.5);
    Recipe best = last.keepingBestEpoch();
    assertThat(best.name()).isEqualTo("sae-mnist-abc-L600-g0.5-e20-s3-vbest");
    assertThat(best.withWeighting("eq3").name()).isEqualTo("sae-mnist-abc-L600-g0.5-weq3-e20-s3-vbest");
    assertThat(best.training().earlyStop()).isEqualTo(new io.sae.runtime.train.EarlyStopping("val_nearest_mean_accuracy", 20));
    assertThat(last.training().earlyStop()).isNull();
    assertThat(best.training().commandLine()).containsSubsequence("--early-stop", "val_nearest_mean_accuracy:20");
  }

  /** 600 labels keep 540 for training: 5000 steps of 128 need ceil(640000 / 540) = 1186 epochs; all 60,000 need only 12, so 30. */
  @Test
  void classifierBudgetIsEnoughEpochsAndEnoughSteps() {
    Context.Scale scale = new Context.Scale(20, 30, 5000, 0, 0);
    assertThat(scale.classifierEpochs("600", 60_000)).isEqualTo(1186);
    assertThat(scale.classifierEpochs("all", 60_000)).isEqualTo(30);
    assertThat(new Context.Scale(20, 30, 0, 0, 0).classifierEpochs("600", 60_000)).isEqualTo(30);
    // a label count above the (limited) training set counts the set
    assertThat(scale.classifierEpochs("6000", 1000)).isEqualTo((int) Math.ceil(5000 * 128 / 900.0));
  }

  @Test
  void autoencoderIsSharedByEveryGroupingOfADataset() {
    Context ctx = new Context(null, null, null, new Context.Scale(7, 30, 0, 0, 0), 2, RudolphOptions.DEFAULT_WEIGHTING);
    Recipe a = ctx.autoencoder(ABC);
    Recipe b = ctx.autoencoder(new Recipe.Data("mnist", "other", "mnist-other", "conv", 10));
    assertThat(a.name()).isEqualTo(b.name()).isEqualTo("ae-mnist-Lall-e7-s2");
    assertThat(a.training().grouping()).isNull();
    assertThat(a.grouping()).isNull();
  }

  /** Mean and sample standard deviation of 1, 2, 3, 4: 2.5 and sqrt(5 / 3) = 1.2910. */
  @Test
  void seedSpreadUsesTheSampleStandardDeviation() {
    double[] v = {1, 2, 3, 4};
    assertThat(SeedSpread.mean(v)).isEqualTo(2.5);
    assertThat(SeedSpread.std(v)).isCloseTo(1.2910, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(SeedSpread.std(new double[] {0.3})).isZero();
    assertThat(Recipe.of("classifier", ABC, "6000", 119, 1).withSeed(2).name()).isEqualTo("classifier-mnist-abc-L6000-e119-s2");
  }
}
