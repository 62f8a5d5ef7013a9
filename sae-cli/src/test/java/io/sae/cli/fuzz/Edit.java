package io.sae.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One byte-level change to a file: replace {@code length} bytes at {@code offset} by {@code bytes} (insertion
 * when {@code length} is 0, deletion when {@code bytes} is empty, truncation when it reaches the end). Every
 * mutation the fuzzer makes is a list of these, so a failing case prints exactly what was done to the seed file.
 *
 * @param what a short name of the mutation, for the failure report (e.g. {@code bit-flip}, {@code header-field})
 * @param offset where the change starts (clamped to the file)
 * @param length how many bytes it replaces
 * @param bytes what it puts there
 */
record Edit(String what, int offset, int length, byte[] bytes) {

  byte[] apply(byte[] in) {
    int at = Math.min(Math.max(0, offset), in.length);
    int cut = Math.min(length, in.length - at);
    byte[] out = new byte[in.length - cut + bytes.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    System.arraycopy(in, at + cut, out, at + bytes.length, in.length - at - cut);
    return out;
  }

  @Override
  public String toString() {
    String shown = printable(bytes) ? "\"" + new String(bytes, StandardCharsets.ISO_8859_1) + "\""
        : "0x" + HexFormat.of().formatHex(Arrays.copyOf(bytes, Math.min(bytes.length, 32))) + (bytes.length > 32 ? "..." : "");
    return what + "@" + offset + " replace " + length + " byte(s) by " + bytes.length + " byte(s) " + shown;
  }

  private static boolean printable(byte[] b) {
    if (b.length > 64) {
      return false;
    }
    for (byte x : b) {
      if (x < 0x20 || x > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
