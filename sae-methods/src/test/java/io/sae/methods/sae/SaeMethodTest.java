package io.sae.methods.sae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.InvalidInputException;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabeledSplit;
import io.sae.api.method.DataFacts;
import io.sae.api.method.EpochState;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.TrainingPlan;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.train.TrainingOptions;
import io.sae.methods.baseline.AutoencoderMethod;
import io.sae.tf.TfPlugin;
import io.sae.tf.TfExtensions;
import io.sae.api.plugin.ExtensionSet;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.tf.train.TrainRequest;
import io.sae.tf.train.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaeMethodTest {
  private static final DataFacts FACTS = new DataFacts("toy", new int[] {16}, List.of("a", "b"), 200, new int[] {100, 100}, 0);

  private static TrainingPlan plan(Map<String, String> options, DataFacts facts) {
    SaeMethod m = new SaeMethod();
    return m.plan(new PlanRequest(new MethodOptions("sae", m.options(), options), facts, NetworkSpecs.parse("dense:8"), 2, 1));
  }

  @Test
  void planWeighsStructureByGammaAndReconstructionByOneMinusGamma() {
    TrainingPlan p = plan(Map.of("gamma", "0.25"), FACTS);
    assertThat(p.losses()).hasSize(2);
    assertThat(p.losses().get(0).kind()).isEqualTo(LossKinds.LATENT_MSE);
    assertThat(p.losses().get(0).weight()).isEqualTo(0.25);
    assertThat(p.losses().get(0).metricName()).isEqualTo("structure");
    assertThat(p.losses().get(1).kind()).isEqualTo(LossKinds.RECONSTRUCTION_MSE);
    assertThat(p.losses().get(1).weight()).isEqualTo(0.75);
    assertThat(p.hooks()).hasSize(1);
    assertThat(p.architecture().decoder()).isTrue();
    assertThatThrownBy(() -> plan(Map.of("gamma", "1.5"), FACTS)).hasMessageContaining("gamma").hasMessageContaining("[0, 1]");
  }

  @Test
  void eq3WeightingUsesThePerSampleTermsWithReconstructionWeightOne() {
    TrainingPlan p = plan(Map.of("gamma", "0.25", "weighting", "eq3"), FACTS);
    assertThat(p.losses()).extracting(l -> l.kind()).containsExactly(Eq3Losses.STRUCTURE, Eq3Losses.RECONSTRUCTION);
    assertThat(p.losses().get(0).weight()).isEqualTo(0.25);
    assertThat(p.losses().get(0).metricName()).isEqualTo("structure");
    assertThat(p.losses().get(1).weight()).isEqualTo(1);
    assertThat(p.losses().get(1).params()).containsEntry("gamma", "0.25");
    assertThat(p.losses().get(1).fields()).containsOnlyKeys("mask");
    assertThatThrownBy(() -> plan(Map.of("weighting", "eq4"), FACTS)).isInstanceOf(InvalidInputException.class)
        .hasMessage("method sae: weighting must be batch-means or eq3, got 'eq4'");
  }

  @Test
  void withEverySampleLabelledBothWeightingsGiveTheSameLoss() throws Exception {
    // all labelled: a mean over the labelled samples is the batch mean, and every reconstruction weighs 1 - gamma
    Dataset d = twoClasses(120, 3);
    TrainingOptions o = new TrainingOptions(3, 16, 1e-2, 4);
    var batchMeans = trainer().train(TrainRequest.of(plan(Map.of("gamma", "0.5"), FACTS), all(d), o));
    var eq3 = trainer().train(TrainRequest.of(plan(Map.of("gamma", "0.5", "weighting", "eq3"), FACTS), all(d), o));
    double[] a = batchMeans.history().series("loss");
    double[] b = eq3.history().series("loss");
    for (int i = 0; i < a.length; i++) {
      assertThat(b[i]).as("epoch %d", i).isCloseTo(a[i], within(1e-5 * a[i]));
    }
    double[] structureA = batchMeans.history().series("structure");
    double[] structureB = eq3.history().series("structure");
    assertThat(structureB[structureB.length - 1]).isCloseTo(structureA[structureA.length - 1], within(1e-5 * structureA[structureA.length - 1]));
  }

  @Test
  void eq3WithGammaZeroTrainsExactlyThePlainAutoencoder() throws Exception {
    Dataset d = twoClasses(120, 1);
    TrainingOptions o = new TrainingOptions(3, 16, 1e-2, 4);
    var sae = trainer().train(TrainRequest.of(plan(Map.of("gamma", "0", "weighting", "eq3"), FACTS), all(d), o));
    AutoencoderMethod ae = new AutoencoderMethod();
    TrainingPlan aePlan = ae.plan(new PlanRequest(new MethodOptions("ae", ae.options(), Map.of()), FACTS, NetworkSpecs.parse("dense:8"), 2, 1));
    var plain = trainer().train(TrainRequest.of(aePlan, all(d), o));
    for (String name : plain.weights().arrays().keySet()) {
      assertThat(sae.weights().get(name).values()).as(name).containsExactly(plain.weights().get(name).values());
    }
  }

  /** Class means at (0,0), (2,0), (0,2) with 2, 1, 1 samples, all classes 1 apart: a unit triangle near them. */
  @Test
  void targetsFormTheConfiguredDistancesNextToTheClassMeans() {
    float[] x = new float[6 * 16];
    int[] labels = {0, 0, 1, 2, -1, -1};
    Dataset train = new Dataset("t", new FloatMatrix(6, 16, x), new int[] {16}, labels, List.of("a", "b", "c"));
    FloatMatrix latents = FloatMatrix.of(new double[][] {{-0.1, 0}, {0.1, 0}, {2, 0}, {0, 2}});
    StructureTargets hook = new StructureTargets(StructureTargets.target(2), ClassDistances.equal(3, 1), 1, 1000, 1e-12, 0);
    var r = hook.refresh(new EpochState(0, train, latents, new int[] {0, 1, 2, 3}, 1));
    FloatMatrix t = r.fields().get(StructureTargets.TARGET);
    FloatMatrix mask = r.fields().get(StructureTargets.MASK);
    assertThat(mask.data()).containsExactly(1, 1, 1, 1, 0, 0);
    assertThat(t.row(0)).containsExactly(t.row(1));
    assertThat(t.row(4)).containsExactly(0, 0);
    double ab = Math.hypot(t.get(0, 0) - t.get(2, 0), t.get(0, 1) - t.get(2, 1));
    double bc = Math.hypot(t.get(2, 0) - t.get(3, 0), t.get(2, 1) - t.get(3, 1));
    double ac = Math.hypot(t.get(0, 0) - t.get(3, 0), t.get(0, 1) - t.get(3, 1));
    assertThat(ab).isCloseTo(1, within(1e-4));
    assertThat(bc).isCloseTo(1, within(1e-4));
    assertThat(ac).isCloseTo(1, within(1e-4));
    // the size-weighted centre of the targets is that of the means: (2*0 + 2 + 0) / 4, (0 + 0 + 2) / 4
    assertThat((2 * t.get(0, 0) + t.get(2, 0) + t.get(3, 0)) / 4).isCloseTo(0.5f, within(1e-4f));
    assertThat((2 * t.get(0, 1) + t.get(2, 1) + t.get(3, 1)) / 4).isCloseTo(0.5f, within(1e-4f));
    // the class placed at the odd corner of the means (class a at the origin) stays nearest the origin
    assertThat(Math.hypot(t.get(0, 0), t.get(0, 1))).isLessThan(Math.hypot(t.get(2, 0), t.get(2, 1)));
    assertThat(r.metrics().get("mds_stress")).isLessThan(1e-8);
  }

  /** 600/300/100 labelled samples of three classes plus 100 unlabelled; a 100-row budget gives 60/30/10. */
  @Test
  void classMeansComeFromAProportionalSeededSubsampleAndEveryLabelledSampleGetsItsTarget() {
    int n = 1100;
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 11 == 10 ? -1 : (i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2);
    }
    Dataset train = new Dataset("t", FloatMatrix.zeros(n, 16), new int[] {16}, labels, List.of("a", "b", "c"));
    StructureTargets hook = new StructureTargets(StructureTargets.target(2), ClassDistances.equal(3, 1), 1, 1000, 1e-12, 100);
    int[] rows = hook.latentRows(train, 7);
    int[] perClass = new int[3];
    for (int i = 0; i < rows.length; i++) {
      assertThat(labels[rows[i]]).isNotNegative();
      if (i > 0) {
        assertThat(rows[i]).isGreaterThan(rows[i - 1]);
      }
      perClass[labels[rows[i]]]++;
    }
    long labelledCount = IntStream.of(labels).filter(l -> l >= 0).count();
    int[] sizes = {(int) IntStream.of(labels).filter(l -> l == 0).count(), (int) IntStream.of(labels).filter(l -> l == 1).count(),
        (int) IntStream.of(labels).filter(l -> l == 2).count()};
    for (int c = 0; c < 3; c++) {
      assertThat(perClass[c]).isEqualTo((int) Math.round(100.0 * sizes[c] / labelledCount));
    }
    assertThat(hook.latentRows(train, 7)).containsExactly(rows);
    assertThat(hook.latentRows(train, 8)).isNotEqualTo(rows);
    assertThat(new StructureTargets(StructureTargets.target(2), ClassDistances.equal(3, 1), 1, 10, 1e-6, 0).latentRows(train, 7)).hasSize((int) labelledCount);

    // latents: class c at (c, 0); the targets reach every labelled sample, encoded or not
    float[] z = new float[rows.length * 2];
    for (int i = 0; i < rows.length; i++) {
      z[2 * i] = labels[rows[i]];
    }
    var r = hook.refresh(new EpochState(0, train, new FloatMatrix(rows.length, 2, z), rows, 7));
    FloatMatrix mask = r.fields().get(StructureTargets.MASK);
    for (int i = 0; i < n; i++) {
      assertThat(mask.get(i, 0)).isEqualTo(labels[i] >= 0 ? 1f : 0f);
    }
  }

  @Test
  void aClassWithoutLabelsIsAClearError() {
    Dataset train = new Dataset("t", FloatMatrix.zeros(2, 16), new int[] {16}, new int[] {0, -1}, List.of("a", "b"));
    StructureTargets hook = new StructureTargets(StructureTargets.target(2), ClassDistances.equal(2, 1), 1, 10, 1e-6, 0);
    assertThatThrownBy(() -> hook.refresh(new EpochState(0, train, FloatMatrix.zeros(1, 2), new int[] {0}, 1)))
        .hasMessageContaining("class 'b' has none");
  }

  @Test
  void distanceFilesAreValidated(@TempDir Path tmp) throws Exception {
    Path good = tmp.resolve("d.csv");
    Files.writeString(good, "# a,b,c\n0,1,2\n1,0,1\n2,1,0\n");
    assertThat(ClassDistances.read(good, 3, 2)[0][2]).isEqualTo(4);
    Path asym = tmp.resolve("asym.csv");
    Files.writeString(asym, "0,1\n2,0\n");
    assertThatThrownBy(() -> ClassDistances.read(asym, 2, 1)).hasMessageContaining("symmetric");
    assertThatThrownBy(() -> ClassDistances.read(good, 2, 1)).hasMessageContaining("expected a 2 x 2");
    assertThatThrownBy(() -> ClassDistances.read(tmp.resolve("none.csv"), 2, 1)).hasMessageContaining("not found");
  }

  private static Dataset twoClasses(int n, long seed) {
    return io.sae.methods.ToyData.twoClasses(n, seed);
  }

  private static Trainer trainer() {
    var injector = ExtensionSet.of(new TfPlugin(), new StructuringPlugin());
    return new Trainer(injector.get(TfExtensions.LOSSES), injector.get(TfExtensions.TRANSFORMS));
  }

  private static LabeledSplit all(Dataset d) {
    return new LabeledSplit(d, d.subset("v", new int[0]), IntStream.range(0, d.size()).toArray(), new int[0]);
  }

  @Test
  void gammaZeroTrainsExactlyThePlainAutoencoder() throws Exception {
    Dataset d = twoClasses(120, 1);
    TrainingOptions o = new TrainingOptions(3, 16, 1e-2, 4);
    var sae = trainer().train(TrainRequest.of(plan(Map.of("gamma", "0"), FACTS), all(d), o));
    AutoencoderMethod ae = new AutoencoderMethod();
    TrainingPlan aePlan = ae.plan(new PlanRequest(new MethodOptions("ae", ae.options(), Map.of()), FACTS, NetworkSpecs.parse("dense:8"), 2, 1));
    var plain = trainer().train(TrainRequest.of(aePlan, all(d), o));
    for (String name : plain.weights().arrays().keySet()) {
      assertThat(sae.weights().get(name).values()).as(name).containsExactly(plain.weights().get(name).values());
    }
  }

  @Test
  void structuringPullsClassMeansToTheConfiguredDistance() throws Exception {
    Dataset d = twoClasses(200, 2);
    var out = trainer().train(
        TrainRequest.of(plan(Map.of("gamma", "0.9", "scale", "3"), FACTS), all(d), new TrainingOptions(25, 20, 1e-2, 1)));
    double[] structure = out.history().series("structure");
    assertThat(structure[structure.length - 1]).isLessThan(0.05);
    assertThat(out.history().last().value("hook_mds_stress")).isLessThan(1e-6);
  }

  @Test
  void pluginRegistersTheMethod() {
    var methods = ExtensionSet.of(new StructuringPlugin()).get(ExtensionPoint.METHODS);
    assertThat(methods).containsOnlyKeys("sae");
    assertThat(ExtensionSet.of(new StructuringPlugin()).get(TfExtensions.LOSSES)).containsOnlyKeys(Eq3Losses.STRUCTURE, Eq3Losses.RECONSTRUCTION);
  }
}
