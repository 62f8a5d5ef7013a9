package io.sae.lab.experiment.gabdullin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GabdullinOptionsTest {

  /** As picocli's --set map: in order, a later key replaces an earlier one, the value may hold '='. */
  @Test
  void methodOptionsParseLikeSet() {
    Map<String, String> o = GabdullinOptions.parseOptions(List.of("radius=0.3", "weight=2", "radius=0.4", "name=a=b"));
    assertThat(o).containsExactly(entry("radius", "0.4"), entry("weight", "2"), entry("name", "a=b"));
    assertThatThrownBy(() -> GabdullinOptions.parseOptions(List.of("radius"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--set expects KEY=VALUE, got 'radius'");
  }

  @Test
  void badCountsAreUserErrors() {
    GabdullinOptions d = GabdullinOptions.defaults(Path.of("out"));
    assertThat(d.arguments()).containsSubsequence("--classes", "0,1,5,8,9").containsSubsequence("--held-out", "7");
    assertThatThrownBy(() -> new GabdullinOptions(d.out(), d.dataset(), d.classes(), d.heldOut(), -1, 3, 20, d.arch(), Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--per-class >= 0");
    assertThatThrownBy(() -> new GabdullinOptions(d.out(), d.dataset(), d.classes(), d.heldOut(), 0, 0, 20, d.arch(), Map.of()))
        .hasMessageContaining("--seeds and --epochs must be >= 1");
    assertThatThrownBy(() -> new GabdullinOptions(null, d.dataset(), d.classes(), d.heldOut(), 0, 1, 1, d.arch(), Map.of()))
        .hasMessageContaining("output folder");
  }
}
