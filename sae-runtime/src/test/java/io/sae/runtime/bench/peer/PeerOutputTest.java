package io.sae.runtime.bench.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeerOutputTest {
  // what peer-torch.py printed for --model dense --epochs 3 on this machine (2026-12-02), lines as they came
  private static final List<String> DENSE = List.of(
      "torch 1.13.0a0 model=dense threads=2 interop=2 params=814090 setup(import excl.)=0.91s",
      "first-step loss 0.0380",
      "epoch 0: 469 steps, 60000 samples, 3.30s => 18182 samples/s; first step 0.006s; excl. first step 18200 samples/s; mean loss(last steps) 0.05013",
      "first-step loss 0.0452",
      "epoch 1: 469 steps, 60000 samples, 3.00s => 20000 samples/s; first step 0.006s; excl. first step 20001 samples/s; mean loss(last steps) 0.03951",
      "first-step loss 0.0390",
      "epoch 2: 469 steps, 60000 samples, 2.97s => 20214 samples/s; first step 0.006s; excl. first step 20215 samples/s; mean loss(last steps) 0.03624",
      "test MSE 0.03572",
      "peak RSS 482 MB");

  @Test
  void readsEveryFigureThePeerPrints() {
    PeerRun r = PeerOutput.parse(DENSE);
    assertThat(r.model()).isEqualTo("dense");
    assertThat(r.torchVersion()).isEqualTo("1.13.0a0");
    assertThat(r.threads()).isEqualTo(2);
    assertThat(r.epochSamplesPerSecond()).containsExactly(18182.0, 20000.0, 20214.0);
    assertThat(r.firstEpoch()).isEqualTo(18182);
    assertThat(r.steady()).isEqualTo(20107); // (20000 + 20214) / 2
    assertThat(r.testMse()).isEqualTo(0.03572);
    assertThat(r.testRmse()).isCloseTo(0.188997354, within(1e-9)); // sqrt(0.03572)
    assertThat(r.peakRssMegabytes()).isEqualTo(482);
  }

  @Test
  void refusesOutputThatIsNotAWholePeerRun() {
    assertThatThrownBy(() -> PeerOutput.parse(DENSE.subList(0, 5))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lacks its header, two epochs, the test MSE or the peak RSS");
    List<String> skipped = List.of(DENSE.get(0), DENSE.get(2), DENSE.get(6), DENSE.get(7), DENSE.get(8));
    assertThatThrownBy(() -> PeerOutput.parse(skipped)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("printed epoch 2 after 1 epochs");
  }
}
