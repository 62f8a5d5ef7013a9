package io.sae.cli.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a valid file: bit flips, byte changes, truncation, extension, insertion and deletion
 * anywhere, edits of the format's header fields to extreme values (0, -1, 2^31 - 1, huge dimensions), NaN and
 * infinities written into float data, and, for text formats, tokens replaced by troublesome ones (NaN, 1e309,
 * quotes, delimiters, invalid UTF-8, line breaks) and lines deleted or repeated. The same random stream gives
 * the same edits, so a case is replayed from its seed.
 */
final class Mutator {
  /** A fixed-width integer field of a binary header, e.g. an IDX dimension (4 bytes, big-endian). */
  record Field(String name, int offset, int width, ByteOrder order) {}

  /** Where a binary file holds float values (for NaN and infinity edits). */
  record FloatData(int offset, int width, ByteOrder order) {}

  /**
   * What the mutator knows about a format.
   *
   * @param text whether the format is (partly) text: token and line edits
   * @param fields binary header fields worth setting to extreme values
   * @param floats float data, or null
   */
  record Profile(boolean text, List<Field> fields, FloatData floats) {
    static Profile binary(List<Field> fields, FloatData floats) {
      return new Profile(false, fields, floats);
    }

    static Profile textual() {
      return new Profile(true, List.of(), null);
    }
  }

  private static final long[] EXTREMES = {
    0, 1, -1, 2, 255, 256, 0x7fff, 0xffff, 0x10000, 0x7fffffffL, 0x80000000L, 0xffffffffL, 0x40000000L, 1_000_000, 60_000,
    Long.MAX_VALUE, Long.MIN_VALUE, 0x100000000L
  };

  private static final String[] TOKENS = {
    "NaN", "nan", "Infinity", "-Infinity", "inf", "-1", "0", "1e309", "-1e309", "1.5", "1.0", "99999999999999999999", "2147483648",
    "", " ", "abc", "\"", "\"\"", "'", ",", ";", "\t", ",,", "null", "true", "{", "}", "[", "]", ":", "- ", "&a", "*a", "!!binary",
    "\u0000", "\uFEFF", "\n", "\r\n", "\r", "#", "0x1p3", "1d", "+", "-", "e", "é", "\\", "\\u0000", "{\"a\":", "?", "%", "|"
  };

  private Mutator() {}

  /** 1 to 3 edits of {@code seed}, chosen by {@code random}. */
  static List<Edit> mutations(byte[] seed, Profile profile, Random random) {
    int count = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
    List<Edit> edits = new ArrayList<>();
    byte[] current = seed;
    for (int k = 0; k < count; k++) {
      // a text format with binary fields (.npy: a binary preamble, a text header dict) gets both kinds of edits
      boolean text = profile.text() && (profile.fields().isEmpty() || random.nextBoolean());
      Edit e = text ? textEdit(current, random) : binaryEdit(current, profile, random);
      edits.add(e);
      current = e.apply(current);
    }
    return edits;
  }

  static byte[] apply(byte[] seed, List<Edit> edits) {
    byte[] out = seed;
    for (Edit e : edits) {
      out = e.apply(out);
    }
    return out;
  }

  private static Edit binaryEdit(byte[] b, Profile p, Random r) {
    int kind = r.nextInt(10);
    if (kind <= 2 && !p.fields().isEmpty()) {
      Field f = p.fields().get(r.nextInt(p.fields().size()));
      long v = r.nextInt(3) == 0 ? fieldValue(b, f) + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(3)) : EXTREMES[r.nextInt(EXTREMES.length)];
      return new Edit("header-field " + f.name() + "=" + v, f.offset(), f.width(), encode(v, f.width(), f.order()));
    }
    if (kind == 3 && p.floats() != null && b.length > p.floats().offset() + p.floats().width()) {
      FloatData fd = p.floats();
      int slots = (b.length - fd.offset()) / fd.width();
      int at = fd.offset() + fd.width() * r.nextInt(slots);
      double v = switch (r.nextInt(4)) {
        case 0 -> Double.NaN;
        case 1 -> Double.POSITIVE_INFINITY;
        case 2 -> Double.NEGATIVE_INFINITY;
        default -> 3.4e38 * (r.nextBoolean() ? 10 : 1);
      };
      ByteBuffer bb = ByteBuffer.allocate(fd.width()).order(fd.order());
      if (fd.width() == 4) {
        bb.putFloat((float) v);
      } else {
        bb.putDouble(v);
      }
      return new Edit("float=" + v, at, fd.width(), bb.array());
    }
    return genericEdit(b, r);
  }

  private static Edit genericEdit(byte[] b, Random r) {
    // half of the positions fall in the first 128 bytes, where headers are
    int at = b.length == 0 ? 0 : r.nextBoolean() ? r.nextInt(Math.min(b.length, 128)) : r.nextInt(b.length);
    return switch (r.nextInt(7)) {
      case 0 -> new Edit("bit-flip", at, 1, new byte[] {(byte) ((b.length == 0 ? 0 : b[at]) ^ (1 << r.nextInt(8)))});
      case 1 -> new Edit("byte-set", at, 1, new byte[] {(byte) r.nextInt(256)});
      case 2 -> {
        int len = r.nextBoolean() ? r.nextInt(Math.max(1, Math.min(b.length, 64))) : r.nextInt(Math.max(1, b.length));
        yield new Edit("truncate", len, Integer.MAX_VALUE, new byte[0]);
      }
      case 3 -> new Edit("extend", b.length, 0, randomBytes(r, 1 + r.nextInt(r.nextBoolean() ? 8 : 4096)));
      case 4 -> new Edit("insert", at, 0, randomBytes(r, 1 + r.nextInt(16)));
      case 5 -> new Edit("delete", at, 1 + r.nextInt(16), new byte[0]);
      default -> new Edit("zero-run", at, 1 + r.nextInt(64), new byte[1 + r.nextInt(64)]);
    };
  }

  private static Edit textEdit(byte[] b, Random r) {
    int kind = r.nextInt(10);
    String s = new String(b, StandardCharsets.ISO_8859_1); // byte offsets = char offsets
    if (kind <= 4 && !s.isEmpty()) {
      // replace a token (a run of letters, digits, '.', '-', '+') by a troublesome one
      int at = r.nextInt(s.length());
      int start = at;
      while (start > 0 && tokenChar(s.charAt(start - 1))) {
        start--;
      }
      int end = at;
      while (end < s.length() && tokenChar(s.charAt(end))) {
        end++;
      }
      String t = TOKENS[r.nextInt(TOKENS.length)];
      return new Edit("token", start, end - start, t.getBytes(StandardCharsets.UTF_8));
    }
    if (kind == 5) {
      return new Edit("invalid-utf8", r.nextInt(s.length() + 1), 0, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    }
    if ((kind == 6 || kind == 7) && s.indexOf('\n') >= 0) {
      List<int[]> lines = new ArrayList<>();
      for (int i = 0; i < s.length(); ) {
        int nl = s.indexOf('\n', i);
        int end = nl < 0 ? s.length() : nl + 1;
        lines.add(new int[] {i, end});
        i = end;
      }
      int[] line = lines.get(r.nextInt(lines.size()));
      if (kind == 6) {
        return new Edit("delete-line", line[0], line[1] - line[0], new byte[0]);
      }
      byte[] copy = s.substring(line[0], line[1]).getBytes(StandardCharsets.ISO_8859_1);
      return new Edit("repeat-line", line[1], 0, copy);
    }
    return genericEdit(b, r);
  }

  private static boolean tokenChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+';
  }

  private static long fieldValue(byte[] b, Field f) {
    if (b.length < f.offset() + f.width()) {
      return 0;
    }
    ByteBuffer bb = ByteBuffer.wrap(b, f.offset(), f.width()).order(f.order());
    return switch (f.width()) {
      case 1 -> bb.get() & 0xff;
      case 2 -> bb.getShort() & 0xffff;
      case 4 -> bb.getInt();
      default -> bb.getLong();
    };
  }

  private static byte[] encode(long v, int width, ByteOrder order) {
    ByteBuffer bb = ByteBuffer.allocate(width).order(order);
    switch (width) {
      case 1 -> bb.put((byte) v);
      case 2 -> bb.putShort((short) v);
      case 4 -> bb.putInt((int) v);
      default -> bb.putLong(v);
    }
    return bb.array();
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }
}
