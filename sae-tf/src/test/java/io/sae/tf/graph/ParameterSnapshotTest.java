package io.sae.tf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterSnapshotTest {
  private static ParameterSnapshot sample() {
    Map<String, ParameterSnapshot.Array> m = new LinkedHashMap<>();
    m.put("encoder/dense0/kernel", new ParameterSnapshot.Array(new long[] {2, 3}, new float[] {1, 2, 3, 4, 5, -6.5f}));
    m.put("adam/beta1_power", new ParameterSnapshot.Array(new long[] {}, new float[] {0.9f}));
    return new ParameterSnapshot(m);
  }

  @Test
  void roundTripsNamesShapesAndValues(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("w.bin");
    sample().write(f);
    ParameterSnapshot back = ParameterSnapshot.read(f);
    assertThat(back.arrays().keySet()).containsExactly("encoder/dense0/kernel", "adam/beta1_power");
    assertThat(back.get("encoder/dense0/kernel").shape()).containsExactly(2, 3);
    assertThat(back.get("encoder/dense0/kernel").values()).containsExactly(1, 2, 3, 4, 5, -6.5f);
    assertThat(back.get("adam/beta1_power").shape()).isEmpty();
    assertThat(back.size()).isEqualTo(7);
    // magic, version, count, name length + 21 bytes, rank, 2 dims, 6 floats, name length + 16 bytes, rank, 1 float
    assertThat(Files.size(f)).isEqualTo(12 + (4 + 21 + 4 + 16 + 24) + (4 + 16 + 4 + 4));
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files).containsExactly(f); // no temporary file left behind
    }
  }

  @Test
  void truncatedOrForeignFilesAreRejected(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("w.bin");
    sample().write(f);
    byte[] bytes = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertThatThrownBy(() -> ParameterSnapshot.read(f)).isInstanceOf(InvalidInputException.class).hasMessageContaining("truncated");
    Files.writeString(f, "not weights at all");
    assertThatThrownBy(() -> ParameterSnapshot.read(f)).isInstanceOf(InvalidInputException.class).hasMessageContaining("bad magic");
    assertThatThrownBy(() -> ParameterSnapshot.read(dir.resolve("missing.bin"))).hasMessageContaining("not found");
  }

  @Test
  void shapeAndValueCountMustAgree() {
    assertThatThrownBy(() -> new ParameterSnapshot.Array(new long[] {2, 2}, new float[3])).hasMessageContaining("needs 4 values");
  }
}
