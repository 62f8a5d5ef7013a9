package io.sae.methods.sae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDistancesTest {
  @TempDir Path dir;

  @Test
  void readsAScaledSymmetricMatrix() throws IOException {
    Path f = Files.writeString(dir.resolve("d.csv"), "# three classes\n0,1,2\n1,0,1\n2,1,0\n");
    assertThat(ClassDistances.read(f, 3, 2.0)).isDeepEqualTo(new double[][] {{0, 2, 4}, {2, 0, 2}, {4, 2, 0}});
  }

  @Test
  void aFileThatIsNotUtf8IsAUserError() throws IOException {
    // found by the fuzzer: Files.readAllLines threw MalformedInputException, reported as an internal error (exit 1)
    Path f = Files.write(dir.resolve("d.csv"), new byte[] {'0', ',', (byte) 0xC3, '(', '\n'});
    assertThatThrownBy(() -> ClassDistances.read(f, 2, 1.0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("class distance file " + f + ": not UTF-8 text (expected comma-separated numbers)");
  }
}
