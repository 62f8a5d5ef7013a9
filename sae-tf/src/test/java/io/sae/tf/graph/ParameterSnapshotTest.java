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

  /** {@code bytes} with the int or long at {@code offset} (little-endian) replaced. */
  private static byte[] with(byte[] bytes, int offset, long value, int width) {
    byte[] b = bytes.clone();
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    if (width == 4) {
      buf.putInt(offset, (int) value);
    } else {
      buf.putLong(offset, value);
    }
    return b;
  }

  @Test
  void damagedFilesFoundByTheFuzzerAreOneLineUserErrors(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("w.bin");
    sample().write(f);
    byte[] ok = Files.readAllBytes(f);
    int rank = 12 + 4 + 21; // offset of the first array's rank
    Map<String, byte[]> cases = new LinkedHashMap<>();
    cases.put("truncated", java.util.Arrays.copyOf(ok, rank + 4 + 3)); // cut inside the dimensions: was BufferUnderflowException
    cases.put("dimension -1", with(ok, rank + 4, -1, 8));
    // 2^32 x 2^32 overflowed to 0 values and read as an empty array
    cases.put("dimension 4294967296", with(with(ok, rank + 4, 1L << 32, 8), rank + 12, 1L << 32, 8));
    cases.put("is NaN", with(ok, rank + 4 + 16, Float.floatToIntBits(Float.NaN), 4));
    cases.put("bytes after", java.util.Arrays.copyOf(ok, ok.length + 1));
    for (Map.Entry<String, byte[]> e : cases.entrySet()) {
      Files.write(f, e.getValue());
      assertThatThrownBy(() -> ParameterSnapshot.read(f)).as(e.getKey())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(f + ": ")
          .hasMessageContaining(e.getKey().startsWith("dimension") ? "dimension" : e.getKey())
          .message().doesNotContain("\n");
    }
    Map<String, ParameterSnapshot.Array> dup = new LinkedHashMap<>();
    dup.put("a", new ParameterSnapshot.Array(new long[] {1}, new float[] {1}));
    dup.put("b", new ParameterSnapshot.Array(new long[] {1}, new float[] {2}));
    new ParameterSnapshot(dup).write(f);
    byte[] b = Files.readAllBytes(f);
    b[12 + (4 + 1 + 4 + 8 + 4) + 4] = 'a'; // the second array's one-letter name: "b" becomes "a"
    Files.write(f, b);
    assertThatThrownBy(() -> ParameterSnapshot.read(f)).isInstanceOf(InvalidInputException.class).hasMessageContaining("'a' appears twice");
  }
}
