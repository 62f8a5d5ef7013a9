package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {
  @TempDir Path dir;

  @Test
  void writesExactlyWhatNumpyWritesForAnInt32Vector() throws IOException {
    Path f = dir.resolve("y.npy");
    NpyWriter.writeLabels(f, new int[] {3, -1});
    // bytes of numpy.save(f, numpy.array([3, -1], '<i4')), NumPy 2.4
    String dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }";
    byte[] expectedHeader = ("\u0093NUMPY\u0001\u0000v\u0000" + dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] actual = Files.readAllBytes(f);
    assertThat(actual).hasSize(136);
    assertThat(Arrays.copyOf(actual, 128)).isEqualTo(expectedHeader);
    assertThat(Arrays.copyOfRange(actual, 128, 136)).containsExactly(3, 0, 0, 0, -1, -1, -1, -1);
  }

  @Test
  void matrixRoundTrip() throws IOException {
    FloatMatrix m = FloatMatrix.of(new double[][] {{1.5, -2, 0}, {1e-7, 3.25, Float.MAX_VALUE}});
    Path f = dir.resolve("sub/dir/z.npy"); // parents are created
    NpyWriter.writeMatrix(f, m);
    ShapedArray back = NpyReader.read(f);
    assertThat(back.shape()).containsExactly(2, 3);
    assertThat(back.dtype()).isEqualTo("f4");
    assertThat(back.matrix()).isEqualTo(m);
    assertThat(Files.size(f) % 4).isZero();
    assertThat((Files.size(f) - 24) % 64).isZero(); // data start 64-byte aligned
    assertThat(dir.resolve("sub/dir").toFile().list()).containsExactly("z.npy"); // no temporary left behind
  }

  @Test
  void largeMatrixRoundTripCrossesChunkBoundaries() throws IOException {
    float[] data = new float[50_001 * 3];
    for (int i = 0; i < data.length; i++) {
      data[i] = i * 0.5f - 7;
    }
    FloatMatrix m = new FloatMatrix(50_001, 3, data);
    Path f = dir.resolve("big.npy");
    NpyWriter.writeMatrix(f, m);
    assertThat(NpyReader.read(f).matrix()).isEqualTo(m);
    int[] labels = new int[40_000];
    Arrays.setAll(labels, i -> i % 10 - 1);
    Path y = dir.resolve("big-labels.npy");
    NpyWriter.writeLabels(y, labels);
    assertThat(NpyReader.readLabels(y)).isEqualTo(labels);
  }

  @Test
  void emptyMatrixRoundTrip() throws IOException {
    Path f = dir.resolve("e.npy");
    NpyWriter.writeMatrix(f, FloatMatrix.zeros(0, 4));
    ShapedArray back = NpyReader.read(f);
    assertThat(back.shape()).containsExactly(0, 4);
    assertThat(back.matrix().rows()).isZero();
  }
}
