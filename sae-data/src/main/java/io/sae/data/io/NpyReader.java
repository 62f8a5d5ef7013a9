package io.sae.data.io;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads NumPy {@code .npy} files: format versions 1.0, 2.0 and 3.0, little- and big-endian, dtypes
 * {@code f4 f8 u1 i1 i2 u2 i4 i8 b1}, C order, any rank. Values are returned as stored, converted to float
 * (no scaling). Fortran-ordered and structured arrays are rejected with a message saying how to re-save.
 */
public final class NpyReader {
  private NpyReader() {}

  /**
   * Reads an array: rows are the first axis, columns the product of the others (a 1-D array gives one
   * column).
   *
   * @throws InvalidInputException when the file is missing, not .npy, has a corrupt header, an unsupported
   *     dtype or order, is a scalar, or its data are truncated or too long
   */
  public static ShapedArray read(Path file) throws IOException {
    Raw raw = readRaw(file);
    long[] shape = raw.header.shape();
    if (shape.length == 0) {
      throw new InvalidInputException(file + ": holds a scalar (shape ()), expected an array with samples along the first axis");
    }
    int[] intShape = new int[shape.length];
    long cols = 1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] > Integer.MAX_VALUE) {
        throw tooLarge(file, raw.header);
      }
      intShape[i] = (int) shape[i];
      if (i > 0) {
        cols *= shape[i];
      }
    }
    if (cols > Integer.MAX_VALUE) {
      throw tooLarge(file, raw.header);
    }
    float[] values = toFloats(raw.header.dtype(), raw.data, raw.elements);
    return new ShapedArray(new FloatMatrix(intShape[0], (int) cols, values), intShape, raw.header.dtype());
  }

  /**
   * Reads class labels: shape (N,) or (N, 1), an integer or boolean dtype, or a float dtype holding whole
   * numbers (NumPy code often stores labels as float64).
   *
   * @throws InvalidInputException as {@link #read}, and when the shape or values are not labels
   */
  public static int[] readLabels(Path file) throws IOException {
    Raw raw = readRaw(file);
    long[] shape = raw.header.shape();
    if (!(shape.length == 1 || (shape.length == 2 && shape[1] == 1))) {
      throw new InvalidInputException(
          file + ": labels must have shape (N,) or (N, 1), this array has shape " + raw.header.shapeText());
    }
    int n = (int) raw.elements;
    int[] labels = new int[n];
    ByteBuffer d = raw.data;
    String dtype = raw.header.dtype();
    for (int i = 0; i < n; i++) {
      double v = switch (dtype) {
        case "u1" -> d.get(i) & 0xff;
        case "i1" -> d.get(i);
        case "b1" -> d.get(i) != 0 ? 1 : 0;
        case "i2" -> d.getShort(2 * i);
        case "u2" -> d.getShort(2 * i) & 0xffff;
        case "i4" -> d.getInt(4 * i);
        case "i8" -> d.getLong(8 * i);
        case "f4" -> d.getFloat(4 * i);
        default -> d.getDouble(8 * i);
      };
      if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw new InvalidInputException(
            file + ": label " + i + " is " + (dtype.startsWith("f") ? String.valueOf(v) : String.valueOf((long) v))
                + ", labels must be whole numbers (class indices)");
      }
      labels[i] = (int) v;
    }
    return labels;
  }

  private record Raw(NpyHeader header, long elements, ByteBuffer data) {}

  private static Raw readRaw(Path file) throws IOException {
    FileErrors.requireReadable(file, "a NumPy .npy file");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      NpyHeader h = NpyHeader.read(file, ch);
      long elements = 1;
      for (long s : h.shape()) {
        elements *= s;
        if (elements > Integer.MAX_VALUE) {
          throw tooLarge(file, h);
        }
      }
      long bytes = elements * h.itemSize();
      long found = ch.size() - h.dataOffset();
      if (found < bytes) {
        throw new InvalidInputException(
            file + ": truncated .npy file: shape " + h.shapeText() + " of " + h.dtype() + " needs " + bytes + " data bytes, found " + found);
      }
      if (found > bytes) {
        throw new InvalidInputException(
            file + ": .npy file has " + (found - bytes) + " trailing bytes after the " + bytes + " data bytes its shape "
                + h.shapeText() + " of " + h.dtype() + " needs");
      }
      // mapping reads the data once, straight into the conversion, without a second on-heap copy
      ByteBuffer data = bytes == 0 ? ByteBuffer.allocate(0) : ch.map(FileChannel.MapMode.READ_ONLY, h.dataOffset(), bytes);
      return new Raw(h, elements, data.order(h.order()));
    } catch (IOException e) {
      throw FileErrors.translate(file, e);
    }
  }

  private static float[] toFloats(String dtype, ByteBuffer d, long elements) {
    int n = (int) elements;
    float[] out = new float[n];
    switch (dtype) {
      case "f4" -> d.asFloatBuffer().get(out);
      case "f8" -> {
        for (int i = 0; i < n; i++) {
          out[i] = (float) d.getDouble(8 * i);
        }
      }
      case "u1" -> {
        for (int i = 0; i < n; i++) {
          out[i] = d.get(i) & 0xff;
        }
      }
      case "i1" -> {
        for (int i = 0; i < n; i++) {
          out[i] = d.get(i);
        }
      }
      case "b1" -> {
        for (int i = 0; i < n; i++) {
          out[i] = d.get(i) != 0 ? 1f : 0f;
        }
      }
      case "i2" -> {
        for (int i = 0; i < n; i++) {
          out[i] = d.getShort(2 * i);
        }
      }
      case "u2" -> {
        for (int i = 0; i < n; i++) {
          out[i] = d.getShort(2 * i) & 0xffff;
        }
      }
      case "i4" -> {
        for (int i = 0; i < n; i++) {
          out[i] = d.getInt(4 * i);
        }
      }
      default -> { // i8
        for (int i = 0; i < n; i++) {
          out[i] = d.getLong(8 * i);
        }
      }
    }
    return out;
  }

  private static InvalidInputException tooLarge(Path file, NpyHeader h) {
    return new InvalidInputException(file + ": shape " + h.shapeText() + " is larger than one array can hold (2^31 elements)");
  }
}
