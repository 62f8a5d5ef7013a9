package io.sae.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanStdTest {
  @Test
  void sampleStandardDeviation() {
    // mean 5; squared deviations 9 + 1 + 1 + 9 = 20; / 3 -> sqrt(20/3)
    MeanStd m = MeanStd.of(2, 4, 6, 8);
    assertThat(m.mean()).isEqualTo(5.0);
    assertThat(m.std()).isCloseTo(Math.sqrt(20.0 / 3), within(1e-12));
    assertThat(m.format(2)).isEqualTo("5.00 ± 2.58");
    assertThat(MeanStd.of(0.5).std()).isZero();
  }
}
