package io.sae.tf.graph;

import io.sae.api.InvalidInputException;
import io.sae.data.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named float arrays with shapes: the values of a graph's variables, held on the host. Used for
 * initialisation, checkpoints, best-epoch snapshots and the saved model weights.
 *
 * <p>File format (little-endian): magic {@code SAEW}, version int 1, count int, then per array: name
 * (int length + UTF-8 bytes), rank int, dims long[rank], values float[product]. Files are written with
 * {@link AtomicFiles}, so a crash never leaves a half-written file under the real name.
 */
public final class ParameterSnapshot {
  private static final int MAGIC = 0x57454153; // "SAEW" read little-endian
  private static final int VERSION = 1;

  /** One named array. */
  public record Array(long[] shape, float[] values) {
    public Array {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      if (n != values.length) {
        throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got " + values.length);
      }
    }

    public Array copy() {
      return new Array(shape.clone(), values.clone());
    }
  }

  private final Map<String, Array> arrays;

  public ParameterSnapshot(Map<String, Array> arrays) {
    this.arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
  }

  public Map<String, Array> arrays() {
    return arrays;
  }

  public Array get(String name) {
    Array a = arrays.get(name);
    if (a == null) {
      throw new IllegalArgumentException("snapshot has no array " + name);
    }
    return a;
  }

  /** Total number of values. */
  public long size() {
    return arrays.values().stream().mapToLong(a -> a.values().length).sum();
  }

  /** A deep copy. */
  public ParameterSnapshot copy() {
    Map<String, Array> out = new LinkedHashMap<>();
    arrays.forEach((k, v) -> out.put(k, v.copy()));
    return new ParameterSnapshot(out);
  }

  /** Writes the snapshot atomically. */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, raw -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
      out.writeInt(Integer.reverseBytes(MAGIC));
      writeIntLe(out, VERSION);
      writeIntLe(out, arrays.size());
      for (Map.Entry<String, Array> e : arrays.entrySet()) {
        byte[] name = e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        writeIntLe(out, name.length);
        out.write(name);
        long[] shape = e.getValue().shape();
        writeIntLe(out, shape.length);
        ByteBuffer dims = ByteBuffer.allocate(8 * shape.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long d : shape) {
          dims.putLong(d);
        }
        out.write(dims.array());
        float[] v = e.getValue().values();
        ByteBuffer buf = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(v);
        out.write(buf.array());
      }
      out.flush();
    });
  }

  /**
   * Reads a snapshot.
   *
   * @throws InvalidInputException when the file is not a snapshot or is truncated
   */
  public static ParameterSnapshot read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": weights file not found");
    }
    try (InputStream is = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        DataInputStream in = new DataInputStream(is)) {
      if (Integer.reverseBytes(in.readInt()) != MAGIC) {
        throw new InvalidInputException(file + ": not an sae weights file (bad magic number)");
      }
      int version = readIntLe(in);
      if (version != VERSION) {
        throw new InvalidInputException(file + ": weights file version " + version + " is not supported (expected " + VERSION + ")");
      }
      int count = readIntLe(in);
      Map<String, Array> arrays = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        byte[] rawName = readFully(in, checkedLength(readIntLe(in), 1 << 16, file));
        String name = new String(rawName, java.nio.charset.StandardCharsets.UTF_8);
        int rank = checkedLength(readIntLe(in), 16, file);
        ByteBuffer dims = ByteBuffer.wrap(readFully(in, 8 * rank)).order(ByteOrder.LITTLE_ENDIAN);
        long[] shape = new long[rank];
        long n = 1;
        for (int r = 0; r < rank; r++) {
          shape[r] = dims.getLong();
          if (shape[r] < 0 || shape[r] > Integer.MAX_VALUE) {
            throw new InvalidInputException(file + ": corrupt weights file (array " + i + " has dimension " + shape[r] + ")");
          }
          // the dimensions are at most 2^31 each, so the product stops before it can overflow
          n = Math.min(n * shape[r], Integer.MAX_VALUE + 1L);
        }
        int len = checkedLength(n, Integer.MAX_VALUE / 4, file);
        // readFully grows with the bytes that arrive, so a corrupt count costs no more memory than the file holds
        byte[] raw = readFully(in, 4 * len);
        float[] values = new float[len];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        for (int k = 0; k < len; k++) {
          if (!Float.isFinite(values[k])) {
            // training stops at the first non-finite loss before it saves anything, so this is a damaged file
            throw new InvalidInputException(file + ": corrupt weights file (value " + k + " of " + printable(name) + " is " + values[k] + ")");
          }
        }
        if (arrays.put(name, new Array(shape, values)) != null) {
          throw new InvalidInputException(file + ": corrupt weights file (array " + printable(name) + " appears twice)");
        }
      }
      if (in.read() >= 0) {
        throw new InvalidInputException(file + ": corrupt weights file (bytes after the " + count + " arrays its header promises)");
      }
      return new ParameterSnapshot(arrays);
    } catch (EOFException e) {
      throw new InvalidInputException(file + ": weights file is truncated", e);
    }
  }

  private static byte[] readFully(DataInputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new EOFException();
    }
    return b;
  }

  /** A name from the file, fit for a one-line message. */
  private static String printable(String name) {
    String s = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return "'" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "'";
  }

  private static int checkedLength(long n, long max, Path file) {
    if (n < 0 || n > max) {
      throw new InvalidInputException(file + ": corrupt weights file (length " + n + ")");
    }
    return (int) n;
  }

  private static void writeIntLe(DataOutputStream out, int v) throws IOException {
    out.writeInt(Integer.reverseBytes(v));
  }

  private static int readIntLe(DataInputStream in) throws IOException {
    return Integer.reverseBytes(in.readInt());
  }
}
