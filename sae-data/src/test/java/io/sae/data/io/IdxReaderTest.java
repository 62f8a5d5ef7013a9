package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  @TempDir Path dir;

  /** An IDX header: 0, 0, type, rank, then the dimensions big-endian. */
  static byte[] header(int type, int... dims) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length);
    b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
    for (int d : dims) {
      b.putInt(d);
    }
    return b.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Two 2x3 images with pixel values 0, 51, 102, 153, 204, 255 and then 255 down to 0. */
  private static final byte[] TWO_IMAGES = concat(
      header(0x08, 2, 2, 3),
      new byte[] {0, 51, 102, (byte) 153, (byte) 204, (byte) 255, (byte) 255, (byte) 204, (byte) 153, 102, 51, 0});

  @Test
  void readsUnsignedByteImagesScaledToUnitRangeWithAChannelAxis() throws IOException {
    ShapedArray a = IdxReader.readImages(write("imgs", TWO_IMAGES));
    assertThat(a.shape()).containsExactly(2, 2, 3, 1);
    assertThat(a.sampleShape()).containsExactly(2, 3, 1);
    assertThat(a.dtype()).isEqualTo("u1");
    assertThat(a.matrix().rows()).isEqualTo(2);
    assertThat(a.matrix().cols()).isEqualTo(6);
    assertThat(a.matrix().row(0)).containsExactly(0f, 0.2f, 0.4f, 0.6f, 0.8f, 1f);
    assertThat(a.matrix().row(1)).containsExactly(1f, 0.8f, 0.6f, 0.4f, 0.2f, 0f);
  }

  @Test
  void detectsGzipByContentNotByName() throws IOException {
    ShapedArray plain = IdxReader.readImages(write("plain.gz", TWO_IMAGES)); // misleading name, plain bytes
    ShapedArray zipped = IdxReader.readImages(write("zipped-no-suffix", gzip(TWO_IMAGES)));
    assertThat(zipped).isEqualTo(plain);
    assertThat(zipped.matrix().get(0, 5)).isEqualTo(1f);
  }

  @Test
  void readsLabelsOfEachIntegerType() throws IOException {
    assertThat(IdxReader.readLabels(write("u1", concat(header(0x08, 4), new byte[] {5, 0, 4, (byte) 200}))))
        .containsExactly(5, 0, 4, 200);
    assertThat(IdxReader.readLabels(write("i1", concat(header(0x09, 2), new byte[] {-3, 7})))).containsExactly(-3, 7);
    assertThat(IdxReader.readLabels(write("i2", concat(header(0x0B, 2), new byte[] {1, 0, (byte) 0xff, (byte) 0xfe}))))
        .containsExactly(256, -2);
    assertThat(IdxReader.readLabels(write("i4.gz", gzip(concat(header(0x0C, 2), new byte[] {0, 1, 0, 0, 0, 0, 0, 9})))))
        .containsExactly(65536, 9);
  }

  @Test
  void readsFloatAndDoubleVectorsAsStored() throws IOException {
    ByteBuffer f = ByteBuffer.allocate(16).putFloat(1.5f).putFloat(-2f).putFloat(0.25f).putFloat(8f);
    ShapedArray a = IdxReader.readImages(write("f4", concat(header(0x0D, 2, 2), f.array())));
    assertThat(a.shape()).containsExactly(2, 2); // 2-D: vectors, no channel axis
    assertThat(a.matrix().data()).containsExactly(1.5f, -2f, 0.25f, 8f);
    assertThat(a.dtype()).isEqualTo("f4");
    ByteBuffer d = ByteBuffer.allocate(16).putDouble(-0.5).putDouble(3);
    ShapedArray b = IdxReader.readImages(write("f8", concat(header(0x0E, 1, 1, 2, 1), d.array())));
    assertThat(b.shape()).containsExactly(1, 1, 2, 1); // 4-D kept as is
    assertThat(b.matrix().data()).containsExactly(-0.5f, 3f);
  }

  @Test
  void truncatedFileNamesPromisedAndFoundBytes() throws IOException {
    Path f = write("train-images-idx3-ubyte", concat(header(0x08, 60000, 28, 28), new byte[1000]));
    assertThatThrownBy(() -> IdxReader.readImages(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ": truncated IDX file: header promises 47040000 data bytes, found 1000");
  }

  @Test
  void aHugeDeclaredSizeIsRefusedBeforeAllocatingIt() throws IOException {
    // found by the fuzzer: 2^30 promised bytes in a 60-byte file allocated 64 MB before reporting the truncation
    Path plain = write("huge", concat(header(0x08, 1 << 15, 1 << 15), new byte[52]));
    Path zipped = write("huge.gz", gzip(concat(header(0x08, 1 << 15, 1 << 15), new byte[52])));
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    for (Path f : new Path[] {plain, zipped}) {
      long before = threads.getCurrentThreadAllocatedBytes();
      assertThatThrownBy(() -> IdxReader.readImages(f))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(f + ": truncated IDX file: header promises 1073741824 data bytes, found 52");
      assertThat(threads.getCurrentThreadAllocatedBytes() - before).as(f.toString()).isLessThan(4L << 20);
    }
  }

  @Test
  void truncatedGzipFileIsReportedToo() throws IOException {
    Path f = write("t.gz", gzip(concat(header(0x08, 10, 2, 2), new byte[12])));
    assertThatThrownBy(() -> IdxReader.readImages(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ": truncated IDX file: header promises 40 data bytes, found 12");
    byte[] zipped = gzip(concat(header(0x08, 3), new byte[] {1, 2, 3}));
    Path cut = write("cut.gz", Arrays.copyOf(zipped, zipped.length - 6)); // the compressed stream itself cut off
    assertThatThrownBy(() -> IdxReader.readLabels(cut))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(cut + ": truncated gzip stream");
  }

  @Test
  void trailingBytesAreAnError() throws IOException {
    Path f = write("labels", concat(header(0x08, 2), new byte[] {1, 2, 3, 4, 5}));
    assertThatThrownBy(() -> IdxReader.readLabels(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ": IDX file has 3 trailing bytes after the 2 data bytes its header [2] promises");
  }

  @Test
  void corruptHeadersAreNamed() throws IOException {
    Path notIdx = write("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
    assertThatThrownBy(() -> IdxReader.readImages(notIdx))
        .hasMessage(notIdx + ": not an IDX file: it starts with 0x89 0x50, expected 0x00 0x00");
    Path badType = write("t", concat(header(0x0A, 1), new byte[] {0}));
    assertThatThrownBy(() -> IdxReader.readLabels(badType)).hasMessageStartingWith(badType + ": unsupported IDX data type 0x0a");
    Path zero = write("z", header(0x08, 0, 28, 28));
    assertThatThrownBy(() -> IdxReader.readImages(zero))
        .hasMessage(zero + ": corrupt IDX header: dimension 0 is 0, every dimension must be positive");
    Path shortHeader = write("s", Arrays.copyOf(header(0x08, 5, 5), 9));
    assertThatThrownBy(() -> IdxReader.readImages(shortHeader))
        .hasMessage(shortHeader + ": truncated IDX header: 2 dimensions need 8 bytes, found 5");
    Path tiny = write("tiny", new byte[] {0, 0});
    assertThatThrownBy(() -> IdxReader.readImages(tiny)).hasMessage(tiny + ": truncated IDX header: the file has only 2 bytes");
  }

  @Test
  void labelAndImageFilesCannotBeSwapped() throws IOException {
    Path images = write("imgs", TWO_IMAGES);
    assertThatThrownBy(() -> IdxReader.readLabels(images))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a label file must have 1 dimension, this IDX file has 3 [2, 2, 3]");
    Path labels = write("lbls", concat(header(0x08, 2), new byte[] {1, 2}));
    assertThatThrownBy(() -> IdxReader.readImages(labels)).hasMessageContaining("Is this a label file?");
    Path floats = write("fl", concat(header(0x0D, 1), new byte[4]));
    assertThatThrownBy(() -> IdxReader.readLabels(floats)).hasMessage(floats + ": labels must be integers, this IDX file holds float values");
  }

  @Test
  void missingFileIsNamed() {
    Path f = dir.resolve("nope-idx3-ubyte");
    assertThatThrownBy(() -> IdxReader.readImages(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ": file not found (expected an IDX file)");
  }

  @Test
  void sixtyThousandImagesLoadQuickly() throws IOException {
    byte[] data = new byte[60000 * 28 * 28];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 7);
    }
    Path f = write("big", concat(header(0x08, 60000, 28, 28), data));
    long start = System.nanoTime();
    ShapedArray a = IdxReader.readImages(f);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(a.matrix().rows()).isEqualTo(60000);
    assertThat(a.matrix().get(59999, 783)).isEqualTo(((47039999 * 7) & 0xff) / 255f);
    assertThat(seconds).isLessThan(2.0);
  }

  @Test
  void aHeaderPromisingGigabytesOnATinyGzipFileIsReportedNotAllocated() throws IOException {
    Path f = write("huge.gz", gzip(concat(header(0x08, 2_000_000_000), new byte[10])));
    assertThatThrownBy(() -> IdxReader.readLabels(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(f + ": truncated IDX file: header promises 2000000000 data bytes, found 10");
  }
}
