package io.sae.data.io;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a NumPy {@code .npy} file (format versions 1.0, 2.0 and 3.0): magic {@code \x93NUMPY}, the
 * version bytes, the header length (2 bytes in 1.0, 4 bytes later, little-endian), then a Python dict
 * literal with {@code descr}, {@code fortran_order} and {@code shape}.
 *
 * @param dtype the element type code ({@code f4}, {@code u1}, ...)
 * @param order byte order of multi-byte elements
 * @param shape the array shape
 * @param dataOffset where the data start in the file
 */
record NpyHeader(String dtype, ByteOrder order, long[] shape, int dataOffset) {
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  static final String SUPPORTED = "f4, f8, u1, i1, i2, u2, i4, i8, b1";
  private static final Set<String> CODES = Set.of("f4", "f8", "u1", "i1", "i2", "u2", "i4", "i8", "b1");
  /** Real headers are a few hundred bytes; a larger length means a corrupt file, not a big array. */
  private static final long MAX_HEADER = 1 << 20;

  private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]");
  private static final Pattern DESCR_ANY = Pattern.compile("['\"]descr['\"]\\s*:");
  private static final Pattern FORTRAN = Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");
  private static final Pattern TYPE = Pattern.compile("([<>|=]?)([a-zA-Z])(\\d+)");

  /** Reads and parses the header at the start of {@code channel}. */
  static NpyHeader read(Path file, FileChannel channel) throws IOException {
    long fileSize = channel.size();
    ByteBuffer pre = ByteBuffer.allocate((int) Math.min(fileSize, 12));
    channel.read(pre, 0);
    if (fileSize >= 10 && pre.get(6) >= 1 && pre.get(6) <= 3) {
      int preLength = pre.get(6) == 1 ? 10 : 12;
      if (fileSize >= preLength) {
        pre.order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = preLength == 10 ? pre.getShort(8) & 0xffff : pre.getInt(8) & 0xffffffffL;
        if (headerLength <= MAX_HEADER && preLength + headerLength <= fileSize) {
          ByteBuffer all = ByteBuffer.allocate((int) (preLength + headerLength));
          channel.read(all, 0);
          return parse(file, all, fileSize);
        }
      }
    }
    return parse(file, pre, fileSize); // reports what is wrong with the preamble
  }

  private static NpyHeader parse(Path file, ByteBuffer start, long fileSize) {
    if (fileSize < 10) {
      throw corrupt(file, "the file has only " + fileSize + " bytes");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (start.get(i) != MAGIC[i]) {
        throw new InvalidInputException(file + ": not a NumPy .npy file (it does not start with \\x93NUMPY)");
      }
    }
    int major = start.get(6) & 0xff;
    int minor = start.get(7) & 0xff;
    if (major < 1 || major > 3) {
      throw new InvalidInputException(
          file + ": .npy format version " + major + "." + minor + " is not supported (1.0, 2.0 and 3.0 are)");
    }
    int pre = major == 1 ? 10 : 12;
    if (fileSize < pre) {
      throw corrupt(file, "the file ends inside the preamble");
    }
    start.order(ByteOrder.LITTLE_ENDIAN);
    long headerLength = major == 1 ? start.getShort(8) & 0xffff : start.getInt(8) & 0xffffffffL;
    if (headerLength > MAX_HEADER || pre + headerLength > fileSize || pre + headerLength > start.capacity()) {
      throw corrupt(file, "header length " + headerLength + " runs past the end of the file (" + fileSize + " bytes)");
    }
    byte[] dictBytes = new byte[(int) headerLength];
    start.get(pre, dictBytes);
    // 1.0 and 2.0 headers are latin-1; 3.0 allows UTF-8 (for structured-field names)
    String dict = new String(dictBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).trim();
    if (!dict.startsWith("{") || !dict.endsWith("}")) {
      throw corrupt(file, "the header is not a dict: " + abbreviate(dict));
    }
    Matcher fortran = FORTRAN.matcher(dict);
    if (!fortran.find()) {
      throw corrupt(file, "no 'fortran_order' in " + abbreviate(dict));
    }
    if (fortran.group(1).equals("True")) {
      throw new InvalidInputException(
          file + ": the array is stored in Fortran (column-major) order, which is not supported; save it with "
              + "numpy.save(path, numpy.ascontiguousarray(a))");
    }
    Matcher descr = DESCR.matcher(dict);
    if (!descr.find()) {
      if (DESCR_ANY.matcher(dict).find()) {
        throw new InvalidInputException(file + ": structured dtypes are not supported (supported: " + SUPPORTED + ")");
      }
      throw corrupt(file, "no 'descr' in " + abbreviate(dict));
    }
    Matcher type = TYPE.matcher(descr.group(1));
    if (!type.matches()) {
      throw unsupported(file, descr.group(1));
    }
    String code = type.group(2) + type.group(3);
    if (!CODES.contains(code)) {
      throw unsupported(file, descr.group(1));
    }
    // '|' (not applicable) and '=' (native) appear for one-byte types; native is little-endian on every
    // platform NumPy writes .npy files on in practice
    ByteOrder order = type.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    Matcher shape = SHAPE.matcher(dict);
    if (!shape.find()) {
      throw corrupt(file, "no 'shape' tuple in " + abbreviate(dict));
    }
    return new NpyHeader(code, order, parseShape(file, shape.group(1)), (int) (pre + headerLength));
  }

  private static long[] parseShape(Path file, String tuple) {
    String t = tuple.trim();
    if (t.isEmpty()) {
      return new long[0];
    }
    String[] parts = t.split(",", -1);
    int n = parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
    long[] shape = new long[n];
    for (int i = 0; i < n; i++) {
      String p = parts[i].trim();
      if (p.endsWith("L")) {
        p = p.substring(0, p.length() - 1); // Python 2 long literals
      }
      try {
        shape[i] = Long.parseLong(p);
      } catch (NumberFormatException e) {
        throw corrupt(file, "shape (" + tuple + ") is not a tuple of integers");
      }
      if (shape[i] < 0) {
        throw corrupt(file, "shape (" + tuple + ") has a negative size");
      }
    }
    return shape;
  }

  /** Bytes per element. */
  int itemSize() {
    return Integer.parseInt(dtype.substring(1));
  }

  /** The shape as Python writes it, for messages. */
  String shapeText() {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      b.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return b.append(shape.length == 1 ? ",)" : ")").toString();
  }

  private static InvalidInputException unsupported(Path file, String descr) {
    return new InvalidInputException(file + ": dtype '" + FileErrors.printable(descr, 40) + "' is not supported (supported: " + SUPPORTED + ")");
  }

  private static InvalidInputException corrupt(Path file, String why) {
    // the header's own text is quoted in some reasons; a corrupt one may hold line breaks
    return new InvalidInputException(file + ": corrupt .npy header: " + FileErrors.printable(why, 400));
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}
