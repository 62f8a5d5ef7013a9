package io.sae.methods.geometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabeledSplit;
import io.sae.api.method.DataFacts;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.ExtensionSet;
import io.sae.tf.train.TrainingOptions;
import io.sae.tf.TfPlugin;
import io.sae.tf.TfExtensions;
import io.sae.tf.model.TfModel;
import io.sae.tf.train.Trainer;
import io.sae.tf.train.TrainRequest;
import io.sae.tf.train.TrainingOutcome;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeometricMethodTest {
  private static final List<String> CLASSES = List.of("a", "b", "c");
  private static final DataFacts FACTS = new DataFacts("toy", new int[] {12}, CLASSES, 300, new int[] {100, 100, 100}, 0);
  private static final ExtensionSet INJECTOR = ExtensionSet.of(new TfPlugin(), new GeometricPlugin());

  private static StructuringMethod method(String name) {
    return INJECTOR.get(ExtensionPoint.METHODS).get(name);
  }

  private static TrainingPlan plan(String name, Map<String, String> options, int latent) {
    StructuringMethod m = method(name);
    return m.plan(new PlanRequest(new MethodOptions(name, m.options(), options), FACTS, NetworkSpecs.parse("dense:16"), latent, 1));
  }

  /** Three separable classes in 12 dimensions. */
  private static Dataset blobs(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * 12];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 3;
      for (int j = 0; j < 12; j++) {
        x[i * 12 + j] = (float) ((j / 4 == y[i] ? 0.8 : 0.2) + 0.1 * r.nextGaussian());
      }
    }
    return new Dataset("blobs", new FloatMatrix(n, 12, x), new int[] {12}, y, CLASSES);
  }

  private static FloatMatrix trainAndEncode(TrainingPlan p, Dataset d, String name) throws Exception {
    Trainer trainer = new Trainer(INJECTOR.get(TfExtensions.LOSSES), INJECTOR.get(TfExtensions.TRANSFORMS));
    LabeledSplit all = new LabeledSplit(d, d.subset("v", new int[0]), IntStream.range(0, d.size()).toArray(), new int[0]);
    TrainingOutcome out = trainer.train(TrainRequest.of(p, all, new TrainingOptions(40, 32, 1e-2, 3)));
    try (TfModel model = new TfModel(new ModelInfo(name, p.architecture(), CLASSES), out.weights(),
        INJECTOR.get(TfExtensions.TRANSFORMS))) {
      return model.encode(d.features());
    }
  }

  @Test
  void planHasTheHeadTheTermsAndTheCentres() {
    TrainingPlan p = plan("geometric", Map.of(), 2);
    assertThat(p.architecture().classifierHead().orElseThrow().hidden()).containsExactly(32, 64);
    assertThat(p.architecture().decoder()).isFalse();
    assertThat(p.losses()).extracting(t -> t.kind() + "*" + t.weight()).containsExactly("softmax-cross-entropy*1.0", "geometric*0.2");
    assertThat(p.latentClassifier().constant("centres").get(0, 0)).isEqualTo(0.85f);
    assertThat(plan("geometric", Map.of("weight", "0"), 2).losses()).extracting(t -> t.kind()).containsExactly("softmax-cross-entropy");
    TrainingPlan withDecoder = plan("geometric", Map.of("reconstruction", "0.5", "centres", "simplex"), 4);
    assertThat(withDecoder.architecture().decoder()).isTrue();
    assertThat(withDecoder.labeledOnly()).isFalse();
    assertThatThrownBy(() -> plan("geometric", Map.of("centres", "0,0;1,1"), 2)).hasMessageContaining("expected 3 rows");
    assertThatThrownBy(() -> plan("polar", Map.of(), 3)).hasMessageContaining("--latent 2");
    assertThatThrownBy(() -> plan("polar", Map.of("gap-degrees", "70"), 2)).hasMessageContaining("half a slot");
  }

  @Test
  void geometricTrainingPutsEveryClassMeanInItsCluster() throws Exception {
    Dataset d = blobs(300, 11);
    FloatMatrix z = trainAndEncode(plan("geometric", Map.of(), 2), d, "geometric");
    ClusterLayout layout = ClusterLayout.circle(3, 2, 0.85, 0.34);
    int inside = 0;
    for (int c = 0; c < 3; c++) {
      float[] mean = new float[2];
      int count = 0;
      for (int i = 0; i < d.size(); i++) {
        if (d.label(i) == c) {
          mean[0] += z.get(i, 0);
          mean[1] += z.get(i, 1);
          count++;
          inside += layout.inside(z.row(i), c) ? 1 : 0;
        }
      }
      mean[0] /= count;
      mean[1] /= count;
      assertThat(layout.distance(mean, c)).as("class %d mean %s", c, java.util.Arrays.toString(mean)).isLessThan(0.1);
    }
    assertThat(inside).isGreaterThan(290);
  }

  @Test
  void polarEncodesNoPointInAProhibitedSector() throws Exception {
    Dataset d = blobs(300, 12);
    TrainingPlan p = plan("polar", Map.of("gap-degrees", "30"), 2); // wide gaps: many raw points fall in one
    FloatMatrix z = trainAndEncode(p, d, "polar");
    PolarSectors s = PolarMethod.sectors(new MethodOptions("polar", method("polar").options(), Map.of("gap-degrees", "30")), 3);
    for (int i = 0; i < d.size(); i++) {
      assertThat(s.prohibited(z.get(i, 0), z.get(i, 1))).as("sample %d at (%f, %f)", i, z.get(i, 0), z.get(i, 1)).isFalse();
    }
  }
}
