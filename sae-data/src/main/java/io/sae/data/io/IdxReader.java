package io.sae.data.io;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST: plain or gzip-compressed (recognised by the gzip
 * magic bytes {@code 1f 8b}, not by the file name).
 *
 * <p>The header is two zero bytes, a type byte, the number of dimensions, then each dimension as a
 * big-endian 32-bit integer; the data follow in C order, big-endian. Supported types: {@code 0x08} unsigned
 * byte, {@code 0x09} signed byte, {@code 0x0B} 16-bit, {@code 0x0C} 32-bit integer, {@code 0x0D} float,
 * {@code 0x0E} double. The file must hold exactly the bytes its header promises: a truncated file or
 * trailing bytes are errors, since either means the file is not what it claims to be.
 */
public final class IdxReader {
  private static final int BUFFER = 1 << 16;
  /** First allocation for the data; MNIST's 47 MB fit at once. */
  private static final int INITIAL_DATA = 1 << 26;
  /** First allocation for gzip data, in multiples of the compressed size. */
  private static final long GZIP_RATIO = 8;
  /** uint8 -> [0,1]; a table keeps 60,000 images at memory speed and makes 255 exactly 1.0. */
  private static final float[] UNIT_BYTE = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      UNIT_BYTE[i] = i / 255f;
    }
  }

  private IdxReader() {}

  /** A parsed IDX file: its type byte, dimensions and raw big-endian data. */
  private record Idx(int type, int[] dims, byte[] data) {}

  /**
   * Reads an image (or vector) file. Unsigned-byte data are scaled to [0, 1] (value / 255); other types are
   * returned as stored. A 3-D file (N, H, W) gets a channel axis, so its shape is (N, H, W, 1); a 2-D file
   * (N, D) holds vectors.
   *
   * @return the samples, with the full shape (first axis = samples)
   * @throws InvalidInputException when the file is missing, not IDX, of an unsupported type, has fewer than
   *     two dimensions, or is truncated or too long
   */
  public static ShapedArray readImages(Path file) throws IOException {
    Idx idx = read(file);
    if (idx.dims.length < 2) {
      throw new InvalidInputException(
          file + ": IDX file has " + idx.dims.length + " dimension " + Arrays.toString(idx.dims)
              + "; images or vectors need at least 2 (samples first). Is this a label file?");
    }
    int rows = idx.dims[0];
    long cols = 1;
    for (int i = 1; i < idx.dims.length; i++) {
      cols *= idx.dims[i];
    }
    float[] values = toFloats(idx);
    int[] shape = idx.dims.length == 3 ? new int[] {idx.dims[0], idx.dims[1], idx.dims[2], 1} : idx.dims.clone();
    return new ShapedArray(new FloatMatrix(rows, (int) cols, values), shape, dtype(idx.type));
  }

  /**
   * Reads a label file: one dimension, an integer type. Values are returned as stored; the caller checks
   * their range against its classes.
   *
   * @throws InvalidInputException when the file is missing, not IDX, not 1-D, not of an integer type, or is
   *     truncated or too long
   */
  public static int[] readLabels(Path file) throws IOException {
    Idx idx = read(file);
    if (idx.dims.length != 1) {
      throw new InvalidInputException(
          file + ": a label file must have 1 dimension, this IDX file has " + idx.dims.length + " " + Arrays.toString(idx.dims)
              + ". Is this an image file?");
    }
    if (idx.type == 0x0D || idx.type == 0x0E) {
      throw new InvalidInputException(file + ": labels must be integers, this IDX file holds " + typeName(idx.type) + " values");
    }
    int n = idx.dims[0];
    int[] labels = new int[n];
    ByteBuffer buf = ByteBuffer.wrap(idx.data).order(ByteOrder.BIG_ENDIAN);
    switch (idx.type) {
      case 0x08 -> {
        for (int i = 0; i < n; i++) {
          labels[i] = idx.data[i] & 0xff;
        }
      }
      case 0x09 -> {
        for (int i = 0; i < n; i++) {
          labels[i] = idx.data[i];
        }
      }
      case 0x0B -> {
        for (int i = 0; i < n; i++) {
          labels[i] = buf.getShort(2 * i);
        }
      }
      default -> buf.asIntBuffer().get(labels);
    }
    return labels;
  }

  private static Idx read(Path file) throws IOException {
    FileErrors.requireReadable(file, "an IDX file");
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      raw.mark(2);
      boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      // a plain file must hold the data its header promises, so its size bounds the data; for gzip the first
      // allocation is a few times the compressed size (MNIST inflates 5-fold) and grows only as data arrive
      long size = Files.size(file);
      long bound = gzip ? Math.max(BUFFER, Math.min(GZIP_RATIO * size, INITIAL_DATA)) : size;
      try (InputStream in = gzip ? new GZIPInputStream(raw, BUFFER) : raw) {
        return parse(file, in, gzip, bound);
      } catch (EOFException e) {
        throw new InvalidInputException(file + ": truncated gzip stream (the compressed file was cut off)", e);
      } catch (ZipException e) {
        throw new InvalidInputException(file + ": corrupt gzip data (" + e.getMessage() + ")", e);
      }
    } catch (IOException e) {
      throw FileErrors.translate(file, e);
    }
  }

  /**
   * @param gzip whether {@code in} inflates a gzip file
   * @param bound for a plain file its size, which the promised data cannot exceed; for gzip the largest first
   *     allocation
   */
  private static Idx parse(Path file, InputStream in, boolean gzip, long bound) throws IOException {
    byte[] magic = in.readNBytes(4);
    if (magic.length < 4) {
      throw new InvalidInputException(file + ": truncated IDX header: the file has only " + magic.length + " bytes");
    }
    if (magic[0] != 0 || magic[1] != 0) {
      throw new InvalidInputException(
          file + ": not an IDX file: it starts with " + hex(magic[0]) + " " + hex(magic[1]) + ", expected 0x00 0x00");
    }
    int type = magic[2] & 0xff;
    if (elementSize(type) == 0) {
      throw new InvalidInputException(
          file + ": unsupported IDX data type " + hex(magic[2])
              + " (supported: 0x08 unsigned byte, 0x09 signed byte, 0x0B short, 0x0C int, 0x0D float, 0x0E double)");
    }
    int rank = magic[3] & 0xff;
    if (rank == 0) {
      throw new InvalidInputException(file + ": corrupt IDX header: 0 dimensions");
    }
    byte[] dimBytes = in.readNBytes(4 * rank);
    if (dimBytes.length < 4 * rank) {
      throw new InvalidInputException(
          file + ": truncated IDX header: " + rank + " dimensions need " + 4 * rank + " bytes, found " + dimBytes.length);
    }
    ByteBuffer dimBuf = ByteBuffer.wrap(dimBytes).order(ByteOrder.BIG_ENDIAN);
    int[] dims = new int[rank];
    long elements = 1;
    for (int i = 0; i < rank; i++) {
      dims[i] = dimBuf.getInt();
      if (dims[i] <= 0) {
        throw new InvalidInputException(
            file + ": corrupt IDX header: dimension " + i + " is " + Integer.toUnsignedString(dims[i]) + ", every dimension must be positive");
      }
      elements *= dims[i];
      if (elements > Integer.MAX_VALUE) {
        break; // reported below; stops the product from overflowing
      }
    }
    long bytes = elements * elementSize(type);
    if (elements > Integer.MAX_VALUE - 8 || bytes > Integer.MAX_VALUE - 8) {
      throw new InvalidInputException(
          file + ": IDX header promises " + Arrays.toString(dims) + " elements, more than one array can hold (2^31)");
    }
    long headerBytes = 4 + 4L * rank;
    if (!gzip && headerBytes + bytes > bound) {
      throw new InvalidInputException(
          file + ": truncated IDX file: header promises " + bytes + " data bytes, found " + Math.max(0, bound - headerBytes));
    }
    // grow towards the promised size rather than trusting a possibly corrupt header with one huge allocation
    byte[] data = new byte[(int) Math.min(bytes, gzip ? bound : INITIAL_DATA)];
    int found = 0;
    while (found < bytes) {
      if (found == data.length) {
        data = Arrays.copyOf(data, (int) Math.min(bytes, 2L * data.length));
      }
      int n = in.read(data, found, data.length - found);
      if (n < 0) {
        break;
      }
      found += n;
    }
    if (found < bytes) {
      throw new InvalidInputException(
          file + ": truncated IDX file: header promises " + bytes + " data bytes, found " + found);
    }
    if (in.read() >= 0) {
      long extra = 1 + in.transferTo(OutputStream.nullOutputStream());
      throw new InvalidInputException(
          file + ": IDX file has " + extra + " trailing bytes after the " + bytes + " data bytes its header "
              + Arrays.toString(dims) + " promises");
    }
    return new Idx(type, dims, data);
  }

  private static float[] toFloats(Idx idx) {
    byte[] d = idx.data;
    ByteBuffer buf = ByteBuffer.wrap(d).order(ByteOrder.BIG_ENDIAN);
    int n = d.length / elementSize(idx.type);
    float[] out = new float[n];
    switch (idx.type) {
      case 0x08 -> {
        for (int i = 0; i < n; i++) {
          out[i] = UNIT_BYTE[d[i] & 0xff];
        }
      }
      case 0x09 -> {
        for (int i = 0; i < n; i++) {
          out[i] = d[i];
        }
      }
      case 0x0B -> {
        for (int i = 0; i < n; i++) {
          out[i] = buf.getShort(2 * i);
        }
      }
      case 0x0C -> {
        for (int i = 0; i < n; i++) {
          out[i] = buf.getInt(4 * i);
        }
      }
      case 0x0D -> buf.asFloatBuffer().get(out);
      default -> {
        for (int i = 0; i < n; i++) {
          out[i] = (float) buf.getDouble(8 * i);
        }
      }
    }
    return out;
  }

  private static int elementSize(int type) {
    return switch (type) {
      case 0x08, 0x09 -> 1;
      case 0x0B -> 2;
      case 0x0C, 0x0D -> 4;
      case 0x0E -> 8;
      default -> 0;
    };
  }

  private static String dtype(int type) {
    return switch (type) {
      case 0x08 -> "u1";
      case 0x09 -> "i1";
      case 0x0B -> "i2";
      case 0x0C -> "i4";
      case 0x0D -> "f4";
      default -> "f8";
    };
  }

  private static String typeName(int type) {
    return type == 0x0D ? "float" : "double";
  }

  private static String hex(byte b) {
    return String.format("0x%02x", b & 0xff);
  }
}
