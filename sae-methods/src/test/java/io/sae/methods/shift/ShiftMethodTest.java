package io.sae.methods.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabeledSplit;
import io.sae.api.method.DataFacts;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.TrainingPlan;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.train.TrainingOptions;
import io.sae.methods.baseline.AutoencoderMethod;
import io.sae.tf.TfPlugin;
import io.sae.tf.TfExtensions;
import io.sae.api.plugin.ExtensionSet;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.tf.train.CheckpointStore;
import io.sae.tf.train.Trainer;
import io.sae.tf.train.TrainRequest;
import io.sae.tf.train.TrainingOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShiftMethodTest {
  private static final DataFacts FACTS = new DataFacts("toy", new int[] {16}, List.of("a", "b"), 120, new int[] {60, 60}, 0);

  private static TrainingPlan plan(ShiftVariant v, Map<String, String> options) {
    ShiftMethod m = new ShiftMethod(v);
    return m.plan(new PlanRequest(new MethodOptions(v.id(), m.options(), options), FACTS, NetworkSpecs.parse("dense:8"), 2, 1));
  }

  @Test
  void pluginRegistersTheSixMethodsWithTheirOptions() {
    var methods = ExtensionSet.of(new ShiftingPlugin()).get(ExtensionPoint.METHODS);
    assertThat(methods).containsOnlyKeys("ccae-1", "ccae-2", "ccae-3", "ccae-4", "dae-1", "dae-2");
    assertThat(names(methods.get("ccae-1").options())).containsExactly("alpha", "stages", "stage-epochs", "first-stage-epochs", "clusters", "kmeans-iterations", "svm-c");
    assertThat(names(methods.get("ccae-4").options())).contains("beta", "neighbours", "rivals").doesNotContain("rival-centre");
    assertThat(names(methods.get("dae-2").options())).contains("beta", "rival-centre").doesNotContain("clusters");
    assertThat(methods.get("dae-1").needsLabels()).isTrue();
    assertThat(methods.get("ccae-3").needsLabels()).isFalse();
  }

  private static List<String> names(List<OptionSpec> specs) {
    return specs.stream().map(OptionSpec::name).toList();
  }

  @Test
  void planReconstructsShiftedTargetsOfInputWidth() {
    TrainingPlan p = plan(ShiftVariant.CCAE_2, Map.of("alpha", "0.2", "beta", "0.05"));
    assertThat(p.losses()).hasSize(1);
    assertThat(p.losses().get(0).kind()).isEqualTo(LossKinds.RECONSTRUCTION_MSE);
    assertThat(p.losses().get(0).fields()).containsEntry("target", TargetShifter.target(p.architecture().inputSize()));
    assertThat(p.sampleFields()).singleElement().satisfies(f -> assertThat(f.width()).isEqualTo(16));
    assertThat(p.hooks()).hasSize(1);
    assertThatThrownBy(() -> plan(ShiftVariant.CCAE_2, Map.of("rival-centre", "far"))).hasMessageContaining("nearest or others");
    assertThatThrownBy(() -> plan(ShiftVariant.CCAE_1, Map.of("clusters", "1"))).hasMessageContaining("at least 2 clusters");
    assertThatThrownBy(() -> plan(ShiftVariant.CCAE_1, Map.of("beta", "0.1"))).hasMessageContaining("has no option 'beta'");
    assertThatThrownBy(() -> plan(ShiftVariant.CCAE_3, Map.of("clusters", "500"))).hasMessageContaining("500 clusters for 120 training samples");
  }

  private static Dataset twoClasses(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * 16];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
      for (int j = 0; j < 16; j++) {
        x[i * 16 + j] = (float) ((y[i] == 1 && j < 8 ? 0.6 : 0.3) + 0.1 * r.nextGaussian());
      }
    }
    return new Dataset("two", new FloatMatrix(n, 16, x), new int[] {16}, y, List.of("a", "b"));
  }

  private static Trainer trainer() {
    var injector = ExtensionSet.of(new TfPlugin());
    return new Trainer(injector.get(TfExtensions.LOSSES), injector.get(TfExtensions.TRANSFORMS));
  }

  private static LabeledSplit all(Dataset d) {
    return new LabeledSplit(d, d.subset("v", new int[0]), IntStream.range(0, d.size()).toArray(), new int[0]);
  }

  @Test
  void alphaBetaZeroIsExactlyThePlainAutoencoder() throws Exception {
    // the control of every comparison: with no shift the method must train the very same weights as ae
    Dataset d = twoClasses(120, 1);
    TrainingOptions o = new TrainingOptions(4, 16, 1e-2, 4);
    TrainingOutcome shifted = trainer().train(
        TrainRequest.of(plan(ShiftVariant.CCAE_4, Map.of("alpha", "0", "beta", "0", "stages", "2", "stage-epochs", "2")), all(d), o));
    AutoencoderMethod ae = new AutoencoderMethod();
    TrainingPlan aePlan = ae.plan(new PlanRequest(new MethodOptions("ae", ae.options(), Map.of()), FACTS, NetworkSpecs.parse("dense:8"), 2, 1));
    TrainingOutcome plain = trainer().train(TrainRequest.of(aePlan, all(d), o));
    for (String name : plain.weights().arrays().keySet()) {
      assertThat(shifted.weights().get(name).values()).as(name).containsExactly(plain.weights().get(name).values());
    }
    assertThat(java.util.Arrays.stream(shifted.history().series("hook_stage")).filter(Double::isFinite).max().orElse(-1)).isEqualTo(1.0);
  }

  @Test
  void aResumedRunEqualsAnUninterruptedOne(@TempDir Path tmp) throws Exception {
    Dataset d = twoClasses(120, 2);
    Map<String, String> opts = Map.of("alpha", "0.3", "beta", "0.1", "neighbours", "3", "rivals", "3", "stages", "3", "stage-epochs", "2");
    TrainingOutcome straight = trainer().train(TrainRequest.of(plan(ShiftVariant.CCAE_4, opts), all(d), new TrainingOptions(6, 16, 1e-2, 4)));
    CheckpointStore store = new CheckpointStore(tmp.resolve("ckpt"));
    // stop inside stage 1 (after epoch 3), then resume with a fresh plan, as 'sae train --resume' does
    trainer().train(TrainRequest.builder(plan(ShiftVariant.CCAE_4, opts), all(d), new TrainingOptions(3, 16, 1e-2, 4))
        .checkpoints(store).build());
    TrainingOutcome resumed = trainer().train(TrainRequest.builder(plan(ShiftVariant.CCAE_4, opts), all(d), new TrainingOptions(6, 16, 1e-2, 4))
        .checkpoints(store).resume(true).build());
    for (String name : straight.weights().arrays().keySet()) {
      assertThat(resumed.weights().get(name).values()).as(name).containsExactly(straight.weights().get(name).values());
    }
    // the shifts moved the targets: this run is not a plain autoencoder
    assertThat(java.util.Arrays.stream(straight.history().series("hook_target_shift_rms")).filter(Double::isFinite).max().orElse(0)).isGreaterThan(0);
  }
}
