package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  @TempDir Path dir;

  @Test
  void knownDigests() throws IOException {
    // FIPS 180-2 test vector "abc", and the empty input
    Path abc = Files.writeString(dir.resolve("abc"), "abc", StandardCharsets.US_ASCII);
    assertThat(Sha256.of(abc)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    assertThat(Sha256.of(empty)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Sha256.matches(abc, "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")).isTrue();
    assertThat(Sha256.matches(abc, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")).isFalse();
  }

  @Test
  void longInputsAcrossSeveralReadBuffers() throws IOException {
    byte[] a = new byte[3 << 20];
    Arrays.fill(a, (byte) 'a');
    // FIPS 180-2 long vector: one million 'a'
    Path million = Files.write(dir.resolve("million"), Arrays.copyOf(a, 1_000_000));
    assertThat(Sha256.of(million)).isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // 3 MiB of 'a' spans three 1 MiB buffers (digest from Python's hashlib)
    Path big = Files.write(dir.resolve("big"), a);
    assertThat(Sha256.of(big)).isEqualTo("6f850bc94ae6f7de14297c01616c36d712d22864497b28a63b81d776b035e656");
  }
}
