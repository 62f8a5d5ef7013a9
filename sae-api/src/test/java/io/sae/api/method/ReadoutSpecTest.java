package io.sae.api.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadoutSpecTest {

  @Test
  void theBuiltInFactoriesNameTheirKindAndSettings() {
    assertThat(ReadoutSpec.linearSvm(0.5)).isEqualTo(new ReadoutSpec("linear-svm", Map.of("c", "0.5"), Map.of()));
    assertThat(ReadoutSpec.linearSvm(1.0).doubleParam("c")).isEqualTo(1.0);
    assertThat(ReadoutSpec.argmaxFirstK(3).intParam("k")).isEqualTo(3);
    assertThat(ReadoutSpec.clusterMajority(7)).isEqualTo(ReadoutSpec.of("cluster-majority", Map.of("k", "7")));
    assertThat(ReadoutSpec.softmaxHead().params()).isEmpty();
    FloatMatrix centres = new FloatMatrix(2, 1, new float[] {1, -1});
    assertThat(ReadoutSpec.nearestCentre(centres).constant("centres")).isEqualTo(centres);
  }

  @Test
  void aMissingOrMalformedSettingNamesTheKind() {
    assertThatThrownBy(() -> ReadoutSpec.softmaxHead().param("c")).isInstanceOf(InvalidInputException.class)
        .hasMessage("readout softmax-head needs the setting 'c' (has [])");
    assertThatThrownBy(() -> ReadoutSpec.of("x", Map.of("k", "two")).intParam("k")).isInstanceOf(InvalidInputException.class)
        .hasMessage("readout x: setting 'k' is not an integer: two");
    assertThatThrownBy(() -> ReadoutSpec.linearSvm(1).constant("centres")).isInstanceOf(InvalidInputException.class)
        .hasMessage("readout linear-svm needs the constant 'centres' (has [])");
    assertThatThrownBy(() -> ReadoutSpec.of(" ", Map.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
