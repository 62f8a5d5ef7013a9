package io.sae.lab.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakResultTest {
  private static SoakResult of(long... rss) {
    List<Soak.Cycle> c = new ArrayList<>();
    for (int i = 0; i < rss.length; i++) {
      c.add(new Soak.Cycle(i + 1, 1, rss[i], 0, 0, 0.5));
    }
    return new SoakResult(new Soak.Cycle(0, 1, 700, 0, 0, 0.5), c);
  }

  @Test
  void allocatorSwingsAreNotGrowthButALeakIs() {
    long[] swinging = new long[30];
    long[] leaking = new long[30];
    for (int i = 0; i < 30; i++) {
      swinging[i] = i % 2 == 0 ? 700 : 1000; // two states, as VmRSS shows them
      leaking[i] = (i % 2 == 0 ? 700 : 1000) + 10L * i;
    }
    SoakResult flat = of(swinging);
    assertThat(flat.window()).isEqualTo(10);
    assertThat(flat.growth()).isZero();
    assertThat(flat.slopeBytesPerCycle()).isCloseTo(1.0, within(0.01)); // 15 rising pairs of +300 over sxx = 2247.5: no trend to speak of
    SoakResult leak = of(leaking);
    assertThat(leak.endRss() - leak.startRss()).isEqualTo(200); // 20 cycles apart, 10 per cycle
    assertThat(leak.slopeBytesPerCycle()).isCloseTo(10 + 1.0, within(0.01)); // the alternation alone adds 300 * 15 / 2247.5 = 1.0
    assertThat(leak.maxRss()).isEqualTo(1000 + 290);
  }
}
