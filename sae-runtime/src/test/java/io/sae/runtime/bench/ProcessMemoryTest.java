package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {
  @Test
  void readsTheKilobytesOfAStatusLine() {
    assertThat(ProcessMemory.kilobytes("\t  123456 kB")).isEqualTo(123456);
  }

  @Test
  void peakIsAtLeastTheCurrentResidentSet() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux's /proc/self/status");
    long now = ProcessMemory.resident().orElseThrow();
    long peak = ProcessMemory.peakResident().orElseThrow();
    assertThat(now).isGreaterThan(1 << 20); // a JVM holds more than 1 MB
    assertThat(peak).isGreaterThanOrEqualTo(now);
  }
}
