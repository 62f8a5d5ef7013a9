package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyReaderTest {
  @TempDir Path dir;

  /** A .npy file of the given version with {@code dict} as header, padded like NumPy does, then {@code data}. */
  static byte[] npy(int major, String dict, byte[] data) {
    int pre = major == 1 ? 10 : 12;
    String text = dict + " ".repeat((64 - (pre + dict.length() + 1) % 64) % 64) + "\n";
    ByteBuffer b = ByteBuffer.allocate(pre + text.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    if (major == 1) {
      b.putShort((short) text.length());
    } else {
      b.putInt(text.length());
    }
    b.put(text.getBytes(StandardCharsets.UTF_8)).put(data);
    return b.array();
  }

  static String dict(String descr, String shape) {
    return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void readsLittleEndianFloat32Matrix() throws IOException {
    ByteBuffer d = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : new float[] {1, 2, 3, 4.5f, -5, 6}) {
      d.putFloat(v);
    }
    ShapedArray a = NpyReader.read(write("a.npy", npy(1, dict("<f4", "(2, 3)"), d.array())));
    assertThat(a.shape()).containsExactly(2, 3);
    assertThat(a.dtype()).isEqualTo("f4");
    assertThat(a.matrix().row(0)).containsExactly(1f, 2f, 3f);
    assertThat(a.matrix().row(1)).containsExactly(4.5f, -5f, 6f);
  }

  @Test
  void readsBigEndianFloat64InVersion2() throws IOException {
    ByteBuffer d = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putDouble(0.25).putDouble(-1e3);
    ShapedArray a = NpyReader.read(write("b.npy", npy(2, dict(">f8", "(2,)"), d.array())));
    assertThat(a.shape()).containsExactly(2);
    assertThat(a.sampleShape()).isEmpty();
    assertThat(a.matrix().cols()).isEqualTo(1);
    assertThat(a.matrix().data()).containsExactly(0.25f, -1000f);
  }

  @Test
  void readsRank3UnsignedBytesInVersion3AsStoredWithoutScaling() throws IOException {
    byte[] d = {0, 1, (byte) 128, (byte) 255, 7, 8, 9, 10};
    ShapedArray a = NpyReader.read(write("c.npy", npy(3, dict("|u1", "(2, 2, 2)"), d)));
    assertThat(a.shape()).containsExactly(2, 2, 2);
    assertThat(a.sampleShape()).containsExactly(2, 2);
    assertThat(a.matrix().row(0)).containsExactly(0f, 1f, 128f, 255f);
    assertThat(a.matrix().row(1)).containsExactly(7f, 8f, 9f, 10f);
  }

  @Test
  void readsIntegerAndBooleanDtypes() throws IOException {
    assertThat(NpyReader.read(write("i1.npy", npy(1, dict("|i1", "(1, 2)"), new byte[] {-128, 127}))).matrix().data())
        .containsExactly(-128f, 127f);
    ByteBuffer i4 = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(-7).putInt(1 << 20);
    assertThat(NpyReader.read(write("i4.npy", npy(1, dict(">i4", "(2,)"), i4.array()))).matrix().data())
        .containsExactly(-7f, 1048576f);
    ByteBuffer i8 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(-3).putLong(5_000_000_000L);
    assertThat(NpyReader.read(write("i8.npy", npy(1, dict("<i8", "(2,)"), i8.array()))).matrix().data())
        .containsExactly(-3f, 5e9f);
    ByteBuffer u2 = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 65535).putShort((short) -2);
    assertThat(NpyReader.read(write("u2.npy", npy(1, dict("<u2", "(2,)"), u2.array()))).matrix().data())
        .containsExactly(65535f, 65534f);
    ShapedArray b = NpyReader.read(write("b1.npy", npy(1, dict("|b1", "(3, 1)"), new byte[] {1, 0, 1})));
    assertThat(b.matrix().data()).containsExactly(1f, 0f, 1f);
    assertThat(b.dtype()).isEqualTo("b1");
  }

  @Test
  void acceptsPython2LongShapesAndDoubleQuotes() throws IOException {
    String d = "{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (1L, 1L)}";
    ByteBuffer v = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(2.5f);
    ShapedArray a = NpyReader.read(write("py2.npy", npy(1, d, v.array())));
    assertThat(a.shape()).containsExactly(1, 1);
    assertThat(a.matrix().get(0, 0)).isEqualTo(2.5f);
  }

  @Test
  void readsLabels() throws IOException {
    ByteBuffer i8 = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putLong(2).putLong(0).putLong(9);
    assertThat(NpyReader.readLabels(write("y.npy", npy(1, dict("<i8", "(3,)"), i8.array())))).containsExactly(2, 0, 9);
    ByteBuffer f8 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1).putDouble(4);
    assertThat(NpyReader.readLabels(write("yf.npy", npy(1, dict("<f8", "(2, 1)"), f8.array())))).containsExactly(1, 4);
    ByteBuffer frac = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1).putDouble(0.5);
    Path bad = write("frac.npy", npy(1, dict("<f8", "(2,)"), frac.array()));
    assertThatThrownBy(() -> NpyReader.readLabels(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(bad + ": label 1 is 0.5, labels must be whole numbers (class indices)");
    Path matrix = write("m.npy", npy(1, dict("|u1", "(2, 2)"), new byte[4]));
    assertThatThrownBy(() -> NpyReader.readLabels(matrix))
        .hasMessage(matrix + ": labels must have shape (N,) or (N, 1), this array has shape (2, 2)");
  }

  @Test
  void rejectsFortranOrderWithAHint() throws IOException {
    Path f = write("f.npy", npy(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (1, 1), }", new byte[4]));
    assertThatThrownBy(() -> NpyReader.read(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(f + ": the array is stored in Fortran (column-major) order, which is not supported")
        .hasMessageContaining("ascontiguousarray");
  }

  @Test
  void rejectsUnsupportedAndStructuredDtypes() throws IOException {
    Path c = write("c.npy", npy(1, dict("<c16", "(1,)"), new byte[16]));
    assertThatThrownBy(() -> NpyReader.read(c))
        .hasMessage(c + ": dtype '<c16' is not supported (supported: f4, f8, u1, i1, i2, u2, i4, i8, b1)");
    Path s = write("s.npy", npy(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", new byte[4]));
    assertThatThrownBy(() -> NpyReader.read(s)).hasMessageStartingWith(s + ": structured dtypes are not supported");
  }

  @Test
  void corruptHeadersNameTheFile() throws IOException {
    Path magic = write("m.npy", "PK\u0003\u0004 not numpy at all".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> NpyReader.read(magic)).hasMessage(magic + ": not a NumPy .npy file (it does not start with \\x93NUMPY)");
    Path version = write("v.npy", Arrays.copyOf(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 9, 0}, 20));
    assertThatThrownBy(() -> NpyReader.read(version)).hasMessage(version + ": .npy format version 9.0 is not supported (1.0, 2.0 and 3.0 are)");
    byte[] good = npy(1, dict("<f4", "(1,)"), new byte[4]);
    Path cutHeader = write("h.npy", Arrays.copyOf(good, 30));
    assertThatThrownBy(() -> NpyReader.read(cutHeader))
        .hasMessage(cutHeader + ": corrupt .npy header: header length 118 runs past the end of the file (30 bytes)");
    Path noShape = write("n.npy", npy(1, "{'descr': '<f4', 'fortran_order': False}", new byte[4]));
    assertThatThrownBy(() -> NpyReader.read(noShape)).hasMessageStartingWith(noShape + ": corrupt .npy header: no 'shape' tuple in");
    Path badShape = write("bs.npy", npy(1, dict("<f4", "(2, x)"), new byte[8]));
    assertThatThrownBy(() -> NpyReader.read(badShape)).hasMessage(badShape + ": corrupt .npy header: shape (2, x) is not a tuple of integers");
    Path notDict = write("nd.npy", npy(1, "descr=<f4", new byte[4]));
    assertThatThrownBy(() -> NpyReader.read(notDict)).hasMessage(notDict + ": corrupt .npy header: the header is not a dict: descr=<f4");
    Path tiny = write("t.npy", new byte[] {(byte) 0x93, 'N'});
    assertThatThrownBy(() -> NpyReader.read(tiny)).hasMessage(tiny + ": corrupt .npy header: the file has only 2 bytes");
  }

  @Test
  void truncatedAndOverlongDataAreErrors() throws IOException {
    Path cut = write("cut.npy", npy(1, dict("<f4", "(3, 2)"), new byte[20]));
    assertThatThrownBy(() -> NpyReader.read(cut))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(cut + ": truncated .npy file: shape (3, 2) of f4 needs 24 data bytes, found 20");
    Path longer = write("long.npy", npy(1, dict("<f4", "(1,)"), new byte[6]));
    assertThatThrownBy(() -> NpyReader.read(longer))
        .hasMessage(longer + ": .npy file has 2 trailing bytes after the 4 data bytes its shape (1,) of f4 needs");
  }

  @Test
  void scalarAndMissingFileAreErrors() throws IOException {
    Path scalar = write("s.npy", npy(1, dict("<f4", "()"), new byte[4]));
    assertThatThrownBy(() -> NpyReader.read(scalar)).hasMessageStartingWith(scalar + ": holds a scalar (shape ())");
    Path missing = dir.resolve("missing.npy");
    assertThatThrownBy(() -> NpyReader.read(missing)).hasMessage(missing + ": file not found (expected a NumPy .npy file)");
  }

  @Test
  void aCorruptHeaderIsQuotedOnOneLine() throws IOException {
    // found by the fuzzer: bytes inserted into the header dict put a line break into the message
    Path f = write("nl.npy", npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }\n\r junk", new byte[8]));
    assertThatThrownBy(() -> NpyReader.read(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(f + ": corrupt .npy header: the header is not a dict: {'descr'")
        .hasMessageContaining("\\u000a\\u000d junk")
        .message().doesNotContain("\n").doesNotContain("\r");
  }
}
