package io.sae.lab.experiment.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.lab.experiment.RunMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareReportTest {
  private static SeedMeasures seed(long s, double acc) {
    return new SeedMeasures(s, List.of("r" + s), Map.of(600, acc / 10), acc, 0, 0.0, null, 0);
  }

  /** 0.1, 0.2, 0.3, 0.4: mean 0.25, sample std sqrt(0.05 / 3) = 0.1291; one seed: std 0, no ± in the cell. */
  @Test
  void spreadIsTheMeanAndSampleStandardDeviation() {
    CompareReport.Spread s = CompareReport.Spread.of(List.of(seed(1, 0.1), seed(2, 0.2), seed(3, 0.3), seed(4, 0.4)), SeedMeasures::kmeansAccuracy);
    assertThat(s.mean()).isCloseTo(0.25, within(1e-12));
    assertThat(s.sd()).isCloseTo(0.1291, within(1e-4));
    assertThat(s.plain(4)).isEqualTo("0.2500 ± 0.1291");
    assertThat(CompareReport.Spread.of(List.of(seed(1, 0.1), seed(2, 0.2)), x -> x.svmTestError().get(600)).percent()).isEqualTo("1.50 ± 0.71%");
    CompareReport.Spread one = CompareReport.Spread.of(List.of(seed(1, 0.3)), SeedMeasures::kmeansAccuracy);
    assertThat(one.sd()).isZero();
    assertThat(one.plain(2)).isEqualTo("0.30");
  }

  @Test
  void bceCountsOnlyForRunsTrainedOnIt() {
    RunMetrics vae = new RunMetrics("vae", Map.of("training", Map.of("final", Map.of("reconstruction-bce", 80.0, "kl-normal", 20.0))));
    RunMetrics ae = new RunMetrics("ae", Map.of("training", Map.of("final", Map.of("reconstruction-mse", 0.02))));
    assertThat(CompareExperiment.trainedOnBce(vae)).isTrue();
    assertThat(CompareExperiment.trainedOnBce(ae)).isFalse();
    assertThat(CompareExperiment.trainedOnBce(new RunMetrics("old", Map.of()))).isFalse();
  }
}
