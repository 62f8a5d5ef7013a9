package io.sae.methods.geometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.method.DataFacts;
import io.sae.api.method.LatentClusters;
import io.sae.api.method.LatentRegion;
import io.sae.api.method.LatentSimilarity;
import io.sae.api.method.LossTerm;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.tf.graph.NetworkSpecs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What geometric and polar offer through {@link io.sae.api.method.ConfiguredLatentSpace}: the same numbers as their own code. */
class ConfiguredLatentSpaceTest {
  private static final DataFacts FACTS = new DataFacts("toy", new int[] {12}, List.of("a", "b", "c", "d", "e", "f"), 600,
      new int[] {100, 100, 100, 100, 100, 100}, 0);

  private static PlanRequest request(StructuringMethod m, Map<String, String> options) {
    return new PlanRequest(new MethodOptions(m.name(), m.options(), options), FACTS, NetworkSpecs.parse("dense:8"), 2, 1);
  }

  @Test
  void geometricOffersTheClustersItsLossPullsToward() {
    GeometricMethod m = new GeometricMethod();
    PlanRequest r = request(m, Map.of("radius", "0.3"));
    LatentClusters c = m.configuredClusters(r).orElseThrow();
    LossTerm term = m.plan(r).losses().stream().filter(t -> t.kind().equals(GeometricLoss.KIND)).findFirst().orElseThrow();

    assertThat(c.pulledByLoss()).isTrue();
    assertThat(c.centres().data()).containsExactly(term.constants().get("centres").data());
    assertThat(c.radii()).containsExactly(term.constants().get("radii").data());
  }

  @Test
  void theCeOnlyControlKeepsTheLayoutButIsNotPulledByIt() {
    GeometricMethod m = new GeometricMethod();
    LatentClusters control = m.configuredClusters(request(m, Map.of("weight", "0"))).orElseThrow();
    LatentClusters trained = m.configuredClusters(request(m, Map.of())).orElseThrow();

    assertThat(control.pulledByLoss()).isFalse();
    assertThat(control.centres().data()).containsExactly(trained.centres().data());
  }

  @Test
  void similarityIsPaper003sOverTheFloatRadii() {
    GeometricMethod m = new GeometricMethod();
    LatentClusters c = m.configuredClusters(request(m, Map.of())).orElseThrow();
    LatentSimilarity s = c.similarity(LatentClusters.PAPER_BOUNDARY);
    double[] radii = new double[c.radii().length];
    for (int i = 0; i < radii.length; i++) {
      radii[i] = c.radii()[i];
    }
    ClassSimilarity own = new ClassSimilarity(new ClusterLayout(c.centres(), radii), ClassSimilarity.PAPER_BOUNDARY);
    float[] a = {0.8f, 0.1f};
    float[] b = {0.5f, 0.6f};

    assertThat(s.vector(a)).containsExactly(own.vector(a));
    assertThat(s.pair(s.vector(a), s.vector(b))).isEqualTo(ClassSimilarity.pair(own.vector(a), own.vector(b)));
    assertThat(s.vector(c.centres().row(0))[0]).isEqualTo(1.0);
    assertThatThrownBy(() -> c.similarity(1.0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void polarOffersItsGapsAndNoClusters() {
    PolarMethod m = new PolarMethod();
    PlanRequest r = request(m, Map.of());
    LatentRegion gaps = m.prohibitedRegion(r).orElseThrow();
    double inGap = Math.toRadians(55); // the last 10 of the first 60 degrees
    double inSector = Math.toRadians(25);

    assertThat(gaps.contains(new float[] {(float) Math.cos(inGap), (float) Math.sin(inGap)})).isTrue();
    assertThat(gaps.contains(new float[] {(float) Math.cos(inSector), (float) Math.sin(inSector)})).isFalse();
    assertThat(m.configuredClusters(r)).isEmpty();
    assertThat(new GeometricMethod().prohibitedRegion(r)).isEmpty();
  }
}
