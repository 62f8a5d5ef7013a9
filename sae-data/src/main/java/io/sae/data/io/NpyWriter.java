package io.sae.data.io;

import io.sae.api.data.FloatMatrix;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes NumPy {@code .npy} files (format 1.0, little-endian, C order) that {@code numpy.load} reads: a float32
 * matrix (latents, reconstructions) or an int32 vector (labels, cluster ids). The file appears under its name
 * only when complete.
 */
public final class NpyWriter {
  /** NumPy pads the header so the data start at a multiple of 64 bytes, for aligned memory mapping. */
  private static final int ALIGN = 64;

  private NpyWriter() {}

  /** Writes {@code matrix} as a float32 array of shape (rows, cols). */
  public static void writeMatrix(Path file, FloatMatrix matrix) throws IOException {
    byte[] header = header("<f4", "(" + matrix.rows() + ", " + matrix.cols() + ")");
    float[] values = matrix.data();
    AtomicFiles.write(file, raw -> {
      OutputStream out = new BufferedOutputStream(raw, 1 << 16);
      out.write(header);
      ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < values.length; ) {
        int n = Math.min(values.length - i, chunk.capacity() / 4);
        chunk.clear();
        chunk.asFloatBuffer().put(values, i, n);
        out.write(chunk.array(), 0, 4 * n);
        i += n;
      }
      out.flush();
    });
  }

  /** Writes {@code values} as an int32 array of shape (n,). */
  public static void writeLabels(Path file, int[] values) throws IOException {
    byte[] header = header("<i4", "(" + values.length + ",)");
    AtomicFiles.write(file, raw -> {
      OutputStream out = new BufferedOutputStream(raw, 1 << 16);
      out.write(header);
      ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < values.length; ) {
        int n = Math.min(values.length - i, chunk.capacity() / 4);
        chunk.clear();
        chunk.asIntBuffer().put(values, i, n);
        out.write(chunk.array(), 0, 4 * n);
        i += n;
      }
      out.flush();
    });
  }

  static byte[] header(String descr, String shape) {
    String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    int unpadded = 10 + dict.length() + 1; // preamble + dict + newline
    int padding = (ALIGN - unpadded % ALIGN) % ALIGN;
    String text = dict + " ".repeat(padding) + "\n";
    ByteBuffer b = ByteBuffer.allocate(10 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
    b.put(NpyHeader.MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
    b.put(text.getBytes(StandardCharsets.ISO_8859_1));
    return b.array();
  }
}
