package io.sae.lab.experiment.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.runtime.data.SampleLimit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareOptionsTest {
  @Test
  void settingsAreGroupedByMethodAndMalformedOnesRefused() {
    assertThat(CompareOptions.parseSettings(List.of("sae:gamma=0.75", "ccae-1:stage-epochs=4", "sae:weighting=eq3", "x:k=a=b")))
        .isEqualTo(Map.of("sae", Map.of("gamma", "0.75", "weighting", "eq3"), "ccae-1", Map.of("stage-epochs", "4"), "x", Map.of("k", "a=b")));
    for (String bad : List.of("gamma=0.5", ":gamma=1", "sae:=1", "sae:gamma")) {
      assertThatThrownBy(() -> CompareOptions.parseSettings(List.of(bad))).as(bad).isInstanceOf(InvalidInputException.class)
          .hasMessage("--set takes METHOD:KEY=VALUE, got '" + bad + "'");
    }
    assertThatThrownBy(() -> CompareOptions.parseSettings(List.of("sae:gamma=1", "sae:gamma=0"))).hasMessage("--set gives sae:gamma twice");
  }

  @Test
  void argumentsRunTheSameComparison() {
    CompareOptions o = new CompareOptions(Path.of("out"), List.of("mnist"), List.of("ae", "sae"), List.of(300, 600), List.of(1L, 2L), 1, "dense", 8,
        CompareOptions.parseSettings(List.of("sae:gamma=0.75")), new SampleLimit(1000, 300));
    assertThat(o.arguments()).containsExactly("--out", "out", "--datasets", "mnist", "--methods", "ae,sae", "--labels", "300,600", "--seeds", "1,2",
        "--epochs", "1", "--arch", "dense", "--latent", "8", "--set", "sae:gamma=0.75", "--limit", "1000,300");
    assertThat(CompareOptions.defaults(Path.of("d")).arguments()).doesNotContain("--methods", "--limit", "--set");
  }
}
