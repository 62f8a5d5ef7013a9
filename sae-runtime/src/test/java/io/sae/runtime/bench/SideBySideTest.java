package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.runtime.bench.peer.PeerRun;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  private static ArchThroughput sae(String arch, double steady) {
    return new ArchThroughput(arch, steady, steady, OptionalDouble.empty(), 1, 0.1, "CPU:0 (1 ops)", OptionalLong.empty());
  }

  private static PeerRun peer(String model, double steady) {
    return new PeerRun(model, "1.13", 2, List.of(1.0, steady), 0.01, 400);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(SideBySide.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(SideBySide.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(SideBySide.median(new double[] {7})).isEqualTo(7);
  }

  @Test
  void summaryIsTheRatioOfTheMediansPerPreset() {
    SideBySide s = new SideBySide(List.of(
        new SideBySide.Round(1, true, sae("dense", 30), peer("dense", 20)),
        new SideBySide.Round(1, true, sae("conv", 12), peer("conv", 6)),
        new SideBySide.Round(2, false, sae("dense", 26), peer("dense", 20)),
        new SideBySide.Round(2, false, sae("conv", 13), peer("conv", 5)),
        new SideBySide.Round(3, true, sae("dense", 28), peer("dense", 16)),
        new SideBySide.Round(3, true, sae("conv", 9), peer("conv", 6))));
    List<SideBySide.Summary> sums = s.summaries();
    assertThat(sums).extracting(SideBySide.Summary::arch).containsExactly("dense", "conv");
    SideBySide.Summary dense = sums.getFirst();
    assertThat(dense.rounds()).isEqualTo(3);
    assertThat(dense.sae()).isEqualTo(28);
    assertThat(dense.peer()).isEqualTo(20);
    assertThat(dense.ratio()).isEqualTo(1.4);
    assertThat(dense.roundRatioMin()).isCloseTo(1.3, within(1e-12)); // 26 / 20
    assertThat(dense.roundRatioMax()).isCloseTo(1.75, within(1e-12)); // 28 / 16
    SideBySide.Summary conv = sums.get(1);
    assertThat(conv.sae()).isEqualTo(12);
    assertThat(conv.peer()).isEqualTo(6);
    assertThat(conv.ratio()).isEqualTo(2);
    assertThat(conv.roundRatioMin()).isCloseTo(1.5, within(1e-12)); // 9 / 6
    assertThat(conv.roundRatioMax()).isCloseTo(2.6, within(1e-12)); // 13 / 5
  }
}
