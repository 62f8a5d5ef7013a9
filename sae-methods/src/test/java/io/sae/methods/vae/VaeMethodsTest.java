package io.sae.methods.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ComponentPrior;
import io.sae.api.method.DataFacts;
import io.sae.api.method.EpochState;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.HookResult;
import io.sae.api.method.LossTerm;
import io.sae.api.method.VariableKey;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.ExtensionSet;
import io.sae.api.plugin.SaePlugin;
import java.util.ServiceLoader;
import io.sae.tf.graph.NetworkSpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans of the paper-004 family and their prior-mean hooks, on hand-checked toy data. */
class VaeMethodsTest {
  private static final DataFacts THREE = new DataFacts("toy", new int[] {4}, List.of("a", "b", "c"), 6, new int[] {2, 2, 2}, 0);
  private static final DataFacts HALF = new DataFacts("toy", new int[] {4}, List.of("a", "b", "c"), 6, new int[] {1, 1, 1}, 0);

  private static PlanRequest request(StructuringMethod m, Map<String, String> options, DataFacts facts, String arch, int latent) {
    return new PlanRequest(new MethodOptions(m.name(), m.options(), options), facts, NetworkSpecs.parse(arch), latent, 7);
  }

  private static TrainingPlan plan(StructuringMethod m, Map<String, String> options, DataFacts facts, int latent) {
    return m.plan(request(m, options, facts, "dense:5", latent));
  }

  @Test
  void pluginRegistersTheFiveMethods() {
    var methods = ExtensionSet.of(ServiceLoader.load(SaePlugin.class).stream().map(ServiceLoader.Provider::get).toList()).get(ExtensionPoint.METHODS);
    assertThat(methods).containsKeys("vae", "beta-vae", "cvae", "lambda-hot-vae", "kmeans-vae");
  }

  @Test
  void vaeAndBetaVaeDifferOnlyInTheKlWeight() {
    TrainingPlan vae = plan(new VaeMethod("vae", 1.0), Map.of(), THREE, 4);
    TrainingPlan beta = plan(new VaeMethod("beta-vae", 5.0), Map.of(), THREE, 4);
    assertThat(vae.architecture()).isEqualTo(beta.architecture());
    assertThat(vae.architecture().variational()).isTrue();
    assertThat(vae.losses()).extracting(t -> t.kind()).containsExactly(LossKinds.RECONSTRUCTION_BCE, LossKinds.KL_NORMAL);
    assertThat(vae.losses().get(1).weight()).isEqualTo(1.0);
    assertThat(beta.losses().get(1).weight()).isEqualTo(5.0);
    assertThat(vae.losses().get(1).params()).doesNotContainKey("prior_mean");
    assertThat(vae.hooks()).isEmpty();
  }

  @Test
  void bceNeedsASigmoidOutput() {
    VaeMethod vae = new VaeMethod("vae", 1.0);
    assertThatThrownBy(() -> vae.plan(request(vae, Map.of(), THREE, "dense-linear", 4)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sigmoid");
  }

  @Test
  void lambdaHotPriorIsLambdaTimesTheOneHotLabelAndZeroForHiddenLabels() {
    LambdaHotVaeMethod m = new LambdaHotVaeMethod();
    TrainingPlan p = plan(m, Map.of("lambda", "4"), HALF, 5);
    assertThat(p.losses().get(1).fields()).containsEntry("prior_mean", VaePlans.priorMean(5));
    assertThat(p.latentClassifier()).isEqualTo(ReadoutSpec.argmaxFirstK(3));
    Dataset train = new Dataset("toy", FloatMatrix.zeros(4, 4), new int[] {4}, new int[] {2, Dataset.UNLABELED, 0, 1}, List.of("a", "b", "c"));
    FloatMatrix prior = p.hooks().getFirst().refresh(new EpochState(0, train, FloatMatrix.zeros(0, 5), new int[0], 1)).fields()
        .get(VaePlans.PRIOR_MEAN);
    assertThat(prior.data()).containsExactly(
        0, 0, 4, 0, 0,
        0, 0, 0, 0, 0,
        4, 0, 0, 0, 0,
        0, 4, 0, 0, 0);
    assertThat(p.hooks().getFirst().refreshBefore(1)).isFalse(); // labels do not change
    assertThat(m.selector()).isEqualTo(ComponentPrior.Selector.CLASS);
    assertThat(m.componentMeans(request(m, Map.of("lambda", "4"), HALF, "dense:5", 5), Path.of("unused")).row(1))
        .containsExactly(0, 4, 0, 0, 0);
  }

  @Test
  void lambdaHotNeedsOneLatentDimensionPerClass() {
    assertThatThrownBy(() -> plan(new LambdaHotVaeMethod(), Map.of(), THREE, 2)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 3");
  }

  @Test
  void cvaeConditionsOnTheLabelAndNeedsEveryLabel() {
    TrainingPlan p = plan(new CvaeMethod(), Map.of(), THREE, 4);
    assertThat(p.architecture().conditionalClasses()).isEqualTo(3);
    assertThat(p.architecture().variational()).isTrue();
    assertThatThrownBy(() -> plan(new CvaeMethod(), Map.of(), HALF, 4)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("3 of 6");
  }

  @Test
  void kmeansCentresAreRefittedIntoAFixedVariableAndSurviveACheckpoint(@TempDir Path dir) throws Exception {
    KMeansVaeMethod m = new KMeansVaeMethod();
    TrainingPlan p = plan(m, Map.of("clusters", "2"), THREE, 2);
    assertThat(p.latentClassifier()).isEqualTo(ReadoutSpec.clusterMajority(2));
    VariableKey key = VariableKey.fixed("kmeans-centres", 2, 2);
    assertThat(p.variables()).containsExactly(key);
    assertThat(p.losses()).extracting(LossTerm::kind).containsExactly("reconstruction-bce", NearestCentreKl.KIND);
    assertThat(p.sampleFields()).as("the prior is chosen in the graph, not filled per sample").isEmpty();
    KMeansPriorHook hook = (KMeansPriorHook) p.hooks().getFirst();
    assertThat(hook.fills()).isEmpty();
    // two obvious clusters with centres (0, 1) and (10, 0)
    FloatMatrix z = FloatMatrix.of(new double[][] {{0, 0}, {0, 2}, {10, 1}, {10, -1}, {-0.5, 1}, {0.5, 1}});
    Dataset train = new Dataset("toy", FloatMatrix.zeros(6, 4), new int[] {4}, new int[6], List.of("a", "b", "c"));
    assertThat(hook.latentRows(train, 3)).as("fewer rows than kmeans-samples: all of them").containsExactly(0, 1, 2, 3, 4, 5);
    HookResult r = hook.refresh(new EpochState(0, train, z, new int[] {0, 1, 2, 3, 4, 5}, 1));
    FloatMatrix centres = r.assignments().get(key);
    assertThat(List.of(centres.row(0), centres.row(1))).containsExactlyInAnyOrder(new float[] {0, 1}, new float[] {10, 0});
    assertThat(r.fields()).isEmpty();
    assertThat(hook.refreshBefore(5)).isTrue(); // k-means runs before every epoch
    hook.saveState(dir);
    FloatMatrix saved = m.componentMeans(request(m, Map.of("clusters", "2"), THREE, "dense:5", 2), dir);
    assertThat(saved).isEqualTo(hook.centres()).isEqualTo(centres);
    KMeansPriorHook resumed = new KMeansPriorHook(key, 100, 0, 7);
    resumed.restoreState(dir);
    assertThat(resumed.centres()).isEqualTo(hook.centres());
    assertThatThrownBy(() -> m.componentMeans(request(m, Map.of("clusters", "3"), THREE, "dense:5", 2), dir))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected 3x2");
  }

  @Test
  void kmeansSamplesAreASeededUniformDrawAndMustCoverTheClusters() {
    int[] a = KMeansPriorHook.uniformSample(1000, 100, 5);
    assertThat(a).hasSize(100).isSorted().doesNotHaveDuplicates();
    assertThat(a[0]).isGreaterThanOrEqualTo(0);
    assertThat(a[99]).isLessThan(1000);
    assertThat(KMeansPriorHook.uniformSample(1000, 100, 5)).isEqualTo(a);
    assertThat(KMeansPriorHook.uniformSample(1000, 100, 6)).isNotEqualTo(a);
    assertThat(KMeansPriorHook.uniformSample(10, 0, 5)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(KMeansPriorHook.uniformSample(10, 50, 5)).hasSize(10);
    // every row is drawn about equally often over many seeds (10 of 100 rows per draw, 2,000 draws: 200 each expected)
    int[] hits = new int[100];
    for (int seed = 0; seed < 2000; seed++) {
      for (int i : KMeansPriorHook.uniformSample(100, 10, seed)) {
        hits[i]++;
      }
    }
    assertThat(java.util.Arrays.stream(hits).min().getAsInt()).isGreaterThan(140);
    assertThat(java.util.Arrays.stream(hits).max().getAsInt()).isLessThan(260);
    assertThatThrownBy(() -> plan(new KMeansVaeMethod(), Map.of("clusters", "3", "kmeans-samples", "2"), THREE, 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("kmeans-samples=2 is fewer than the 3 clusters");
  }
}
