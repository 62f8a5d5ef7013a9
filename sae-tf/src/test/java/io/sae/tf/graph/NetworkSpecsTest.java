package io.sae.tf.graph;

import io.sae.api.model.Activation;
import io.sae.api.model.NetworkSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkSpecsTest {
  @Test
  void presetsAreThePapersArchitectures() {
    assertThat(NetworkSpecs.parse("conv")).isEqualTo(new NetworkSpec.Conv(List.of(8, 16, 32), 3, Activation.RELU, Activation.SIGMOID));
    assertThat(NetworkSpecs.parse("dense")).isEqualTo(new NetworkSpec.Dense(List.of(512), Activation.SIGMOID, Activation.SIGMOID));
    assertThat(NetworkSpecs.parse("dense-linear")).isEqualTo(new NetworkSpec.Dense(List.of(512), Activation.SIGMOID, Activation.LINEAR));
    assertThat(NetworkSpecs.parse("dec")).isEqualTo(new NetworkSpec.Dense(List.of(500, 500, 2000), Activation.RELU, Activation.LINEAR));
    assertThat(NetworkSpecs.parse("dense-2048")).isEqualTo(new NetworkSpec.Dense(List.of(2048, 256), Activation.RELU, Activation.LINEAR));
  }

  @Test
  void customSpecsParseAndPrintBack() {
    NetworkSpec d = NetworkSpecs.parse("dense:500,500,2000:relu:linear");
    assertThat(d).isEqualTo(new NetworkSpec.Dense(List.of(500, 500, 2000), Activation.RELU, Activation.LINEAR));
    assertThat(NetworkSpecs.parse(d.id())).isEqualTo(d);
    NetworkSpec c = NetworkSpecs.parse("conv:16,32:5");
    assertThat(c).isEqualTo(new NetworkSpec.Conv(List.of(16, 32), 5, Activation.RELU, Activation.SIGMOID));
    assertThat(NetworkSpecs.parse(c.id())).isEqualTo(c);
  }

  @Test
  void badSpecsSayWhatIsExpected() {
    assertThatThrownBy(() -> NetworkSpecs.parse("resnet")).hasMessageContaining("unknown architecture 'resnet'").hasMessageContaining("conv, dense");
    assertThatThrownBy(() -> NetworkSpecs.parse("dense:512,x")).hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> NetworkSpecs.parse("dense:0")).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> NetworkSpecs.parse("dense:64:swish")).hasMessageContaining("unknown activation 'swish'");
  }
}
