package io.sae.api.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodOptionsTest {
  private static final List<OptionSpec> SPECS = List.of(
      OptionSpec.ofDouble("gamma", 0.5, 0, 1, "balance"),
      OptionSpec.ofInt("every", 1, 1, 100, "refresh"),
      OptionSpec.ofBoolean("flag", false, "a flag"),
      OptionSpec.ofString("mode", "a", "a mode"));

  @Test
  void defaultsAndGivenValuesAreTyped() {
    MethodOptions o = new MethodOptions("sae", SPECS, Map.of("gamma", "0.25", "flag", "TRUE"));
    assertThat(o.getDouble("gamma")).isEqualTo(0.25);
    assertThat(o.getInt("every")).isEqualTo(1);
    assertThat(o.getBoolean("flag")).isTrue();
    assertThat(o.getString("mode")).isEqualTo("a");
    assertThat(o.asMap()).containsExactly(
        Map.entry("every", "1"), Map.entry("flag", "TRUE"), Map.entry("gamma", "0.25"), Map.entry("mode", "a"));
  }

  @Test
  void unknownUnparsableAndOutOfRangeValuesNameTheOption() {
    assertThatThrownBy(() -> new MethodOptions("sae", SPECS, Map.of("gama", "1")))
        .isInstanceOf(InvalidInputException.class).hasMessage("method sae has no option 'gama' (options: gamma, every, flag, mode)");
    assertThatThrownBy(() -> new MethodOptions("sae", SPECS, Map.of("gamma", "half")))
        .hasMessage("option gamma of method sae expects a number, got 'half'");
    assertThatThrownBy(() -> new MethodOptions("sae", SPECS, Map.of("gamma", "1.5")))
        .hasMessage("option gamma of method sae must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> new MethodOptions("sae", SPECS, Map.of("every", "2.5")))
        .hasMessage("option every of method sae expects a whole number, got '2.5'");
    assertThatThrownBy(() -> new MethodOptions("sae", SPECS, Map.of("flag", "yes")))
        .hasMessage("option flag of method sae expects true or false, got 'yes'");
    assertThatThrownBy(() -> new MethodOptions("ae", List.of(), Map.of("x", "1"))).hasMessageContaining("(it takes none)");
  }
}
