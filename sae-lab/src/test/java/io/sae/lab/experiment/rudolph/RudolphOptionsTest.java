package io.sae.lab.experiment.rudolph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.runtime.data.SampleLimit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad settings are user errors naming the option; the defaults are the CLI's. */
class RudolphOptionsTest {
  private static final RudolphOptions D = RudolphOptions.defaults(Path.of("out"));

  private static RudolphOptions with(List<String> parts, List<String> labels, String guidedStart, double gamma) {
    return with(parts, labels, guidedStart, gamma, D.weighting());
  }

  private static RudolphOptions with(List<String> parts, List<String> labels, String guidedStart, double gamma, String weighting) {
    return new RudolphOptions(D.out(), parts, D.epochs(), D.classifierEpochs(), D.classifierSteps(), labels, gamma, D.gammas(), D.gammaLabels(),
        guidedStart, D.guidedAdd(), D.guidedEpochs(), D.guidedSeeds(), D.seeds(), D.fashionLabels(), D.fashionGamma(), D.syntheticLabels(),
        D.syntheticEpochs(), D.syntheticGamma(), D.viewPoints(), D.limit(), D.seed(), weighting);
  }

  @Test
  void badPartsCountsAndGammasAreUserErrors() {
    assertThatThrownBy(() -> with(List.of("labels", "nope"), D.labels(), "600", 0.5)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown part 'nope'").hasMessageContaining("synthetic");
    assertThatThrownBy(() -> with(D.parts(), List.of("0"), "600", 0.5)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("label counts must be positive numbers or 'all', got '0'");
    assertThatThrownBy(() -> with(D.parts(), List.of("x"), "600", 0.5)).hasMessageContaining("got 'x'");
    assertThatThrownBy(() -> with(D.parts(), D.labels(), "all", 0.5)).hasMessageContaining("--guided-start must be a count");
    assertThatThrownBy(() -> with(D.parts(), D.labels(), "600", 1.5)).hasMessageContaining("gammas must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> with(D.parts(), D.labels(), "600", 0.5, "eq4")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--weighting takes batch-means or eq3, got 'eq4'");
    assertThat(with(D.parts(), D.labels(), "600", 0.5, "eq3").arguments()).endsWith("--weighting", "eq3");
  }

  @Test
  void defaultsAreTheCommandsAndTheirArgumentsSayAll() {
    assertThat(D.parts()).containsExactly("labels", "seeds", "confidence", "gamma", "guided", "views", "fashion", "synthetic");
    assertThat(D.arguments()).containsSubsequence("--gammas", "0,0.25,0.5,0.75,0.9,1").containsSubsequence("--labels", "600,1000,3000,6000,all")
        .doesNotContain("--limit").endsWith("--seed", "1", "--weighting", "batch-means");
    assertThat(RudolphOptions.limitText(SampleLimit.NONE)).isEqualTo("all");
    assertThat(RudolphOptions.limitText(new SampleLimit(1000, 300))).isEqualTo("1000,300");
    assertThat(RudolphOptions.limitText(new SampleLimit(1000, 0))).isEqualTo("1000");
  }
}
