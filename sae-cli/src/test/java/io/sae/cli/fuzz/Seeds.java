package io.sae.cli.fuzz;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/** Valid inputs made from the first test images of real MNIST (from the data cache), the seeds every mutation starts from. */
final class Seeds {
  static final int SIDE = 28;
  static final int PIXELS = SIDE * SIDE;

  private final byte[] pixels; // n images, uint8
  private final byte[] labels; // n labels
  private final int n;

  private Seeds(byte[] pixels, byte[] labels, int n) {
    this.pixels = pixels;
    this.labels = labels;
    this.n = n;
  }

  /** The first {@code n} images and labels of MNIST's test part in {@code cacheDir/mnist}. */
  static Seeds mnist(Path cacheDir, int n) throws IOException {
    Path dir = cacheDir.resolve("mnist");
    return new Seeds(head(dir.resolve("t10k-images-idx3-ubyte"), 16, n * PIXELS), head(dir.resolve("t10k-labels-idx1-ubyte"), 8, n), n);
  }

  private static byte[] head(Path file, int skip, int bytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(skip);
      return in.readNBytes(bytes);
    }
  }

  int size() {
    return n;
  }

  int label(int i) {
    return labels[i] & 0xff;
  }

  /** An IDX image file (0x08, 3 dimensions) of the first {@code count} images. */
  byte[] idxImages(int count) {
    ByteBuffer b = ByteBuffer.allocate(16 + count * PIXELS);
    b.putInt(0x00000803).putInt(count).putInt(SIDE).putInt(SIDE).put(pixels, 0, count * PIXELS);
    return b.array();
  }

  /** An IDX label file (0x08, 1 dimension) of the first {@code count} labels. */
  byte[] idxLabels(int count) {
    ByteBuffer b = ByteBuffer.allocate(8 + count);
    b.putInt(0x00000801).putInt(count).put(labels, 0, count);
    return b.array();
  }

  /** Pixel {@code p} of image {@code i} in [0, 1]. */
  float pixel(int i, int p) {
    return (pixels[i * PIXELS + p] & 0xff) / 255f;
  }

  /** A float32 .npy of the first {@code count} images, one row of {@code cols} pixels (every k-th) each. */
  byte[] npyImages(int count, int cols, Path scratch) throws IOException {
    float[] v = new float[count * cols];
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < cols; j++) {
        v[i * cols + j] = pixel(i, j * (PIXELS / cols));
      }
    }
    Path f = scratch.resolve("seed-x.npy");
    NpyWriter.writeMatrix(f, new FloatMatrix(count, cols, v));
    return Files.readAllBytes(f);
  }

  /** An int32 .npy of the first {@code count} labels. */
  byte[] npyLabels(int count, Path scratch) throws IOException {
    int[] y = new int[count];
    for (int i = 0; i < count; i++) {
      y[i] = label(i);
    }
    Path f = scratch.resolve("seed-y.npy");
    NpyWriter.writeLabels(f, y);
    return Files.readAllBytes(f);
  }

  /** A CSV with a header, {@code cols} pixel columns (every k-th pixel) and a {@code label} column. */
  byte[] csv(int count, int cols) {
    StringBuilder s = new StringBuilder();
    for (int j = 0; j < cols; j++) {
      s.append('p').append(j).append(',');
    }
    s.append("label\n");
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < cols; j++) {
        s.append(String.format(Locale.ROOT, "%.4f", pixel(i, j * (PIXELS / cols)))).append(',');
      }
      s.append(label(i)).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Image {@code i} as a greyscale PNG. */
  byte[] png(int i) {
    BufferedImage img = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        img.getRaster().setSample(x, y, 0, pixels[i * PIXELS + y * SIDE + x] & 0xff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A grouping of the ten digits into three groups, as JSON. */
  static byte[] groupingJson() {
    return """
        {"name": "shapes", "groups": {"round": ["0", "6", "8", "9"], "straight": ["1", "4", "7"], "other": ["2", "3", "5"]}}
        """.getBytes(StandardCharsets.UTF_8);
  }

  /** The same grouping as YAML. */
  static byte[] groupingYaml() {
    return """
        name: shapes
        groups:
          round: [0, 6, 8, 9]
          straight:
            - 1
            - 4
            - 7
          other: ["2", "3", "5"]
        """.getBytes(StandardCharsets.UTF_8);
  }

  /** A symmetric {@code k} x {@code k} class distance matrix: 1 + |a - b| / k off the diagonal. */
  static byte[] distances(int k) {
    StringBuilder s = new StringBuilder("# class distances\n");
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        s.append(b > 0 ? "," : "").append(a == b ? "0" : String.format(Locale.ROOT, "%.3f", 1 + Math.abs(a - b) / (double) k));
      }
      s.append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
