package io.sae.eval.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.ExtensionSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in host readouts on latents small enough to check by hand. */
class EvalReadoutsTest {
  private static final Map<String, ReadoutFitter> READOUTS = ExtensionSet.of(new EvalReadouts()).get(ExtensionPoint.READOUTS);
  // four 2-D latents: two of class 0 around (-1, 0), two of class 1 around (1, 0)
  private static final FloatMatrix Z = new FloatMatrix(4, 2, new float[] {-1.2f, 0.1f, -0.8f, -0.1f, 0.9f, 0.2f, 1.1f, -0.2f});
  private static final int[] Y = {0, 0, 1, 1};

  private static ReadoutFitter.Fitted fit(ReadoutSpec spec) {
    return READOUTS.get(spec.kind()).fit(spec, new ReadoutFitter.Training(Z, Y, 2, 0L, null));
  }

  @Test
  void theFiveBuiltInKindsAreRegistered() {
    assertThat(READOUTS.keySet()).containsExactly("argmax-first-k", "cluster-majority", "linear-svm", "nearest-centre", "softmax-head");
    assertThat(READOUTS.get("linear-svm").describe(ReadoutSpec.linearSvm(1.0))).isEqualTo("linear SVM on the latents (one-vs-rest, C=1.0)");
    assertThat(READOUTS.get("cluster-majority").describe(ReadoutSpec.clusterMajority(10))).isEqualTo("k-means (k=10) clusters labelled by majority");
    assertThat(READOUTS.get("argmax-first-k").describe(ReadoutSpec.argmaxFirstK(10))).isEqualTo("argmax of the first 10 latent dimensions");
    assertThat(READOUTS.get("cluster-majority").notExported(ReadoutSpec.clusterMajority(2))).isPresent();
    assertThat(READOUTS.get("linear-svm").notExported(ReadoutSpec.linearSvm(1.0))).isEmpty();
  }

  @Test
  void registeringTheBuiltInsTwiceNamesBothPlugins() {
    assertThatThrownBy(() -> ExtensionSet.of(new EvalReadouts(), new EvalReadouts())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readout 'linear-svm' is registered twice: by sae-eval (built-in readouts) and by sae-eval (built-in readouts)");
  }

  @Test
  void configuredReadoutsPredictWithoutLearning() {
    // row 0: -1.2 < 0.1, so dimension 1; row 1: -0.8 < -0.1, dimension 1; rows 2 and 3: dimension 0
    assertThat(fit(ReadoutSpec.argmaxFirstK(2)).predict(null, Z)).containsExactly(1, 1, 0, 0);
    FloatMatrix centres = new FloatMatrix(2, 2, new float[] {1, 0, -1, 0});
    ReadoutFitter.Fitted nearest = fit(ReadoutSpec.nearestCentre(centres));
    assertThat(nearest.predict(null, Z)).containsExactly(1, 1, 0, 0);
    assertThat(nearest.graphKind()).isEqualTo("nearest-centre");
    assertThat(nearest.parameters()).containsEntry("centres", centres);
  }

  @Test
  void theLinearSvmSeparatesAndHandsItsStandardisedWeightsToTheLinearGraph() {
    ReadoutFitter.Fitted svm = fit(ReadoutSpec.linearSvm(1.0));
    assertThat(svm.predict(null, Z)).containsExactly(Y);
    assertThat(svm.graphKind()).isEqualTo("linear");
    assertThat(svm.parameters().keySet()).containsExactlyInAnyOrder("mean", "scale", "weights", "bias");
    // the mean of the first latent column: (-1.2 - 0.8 + 0.9 + 1.1) / 4 = 0
    assertThat(svm.parameters().get("mean").get(0, 0)).isEqualTo(0f, org.assertj.core.api.Assertions.within(1e-6f));
    assertThat(svm.parameters().get("weights").rows()).isEqualTo(2);
    assertThat(svm.parameters().get("bias").cols()).isEqualTo(2);
    assertThat(svm.describe()).isEqualTo("linear SVM (one-vs-rest, C=1.0) fitted on 4 labelled training latents as 'sae evaluate' fits it");
  }

  @Test
  void clusterMajorityLabelsEachClusterByItsMembers() {
    assertThat(fit(ReadoutSpec.clusterMajority(2)).predict(null, Z)).containsExactly(Y);
  }
}
