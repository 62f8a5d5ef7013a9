package io.sae.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, as lower-case hex: how cached and fetched dataset files are verified. */
public final class Sha256 {
  private Sha256() {}

  /** The SHA-256 of {@code file}'s bytes. */
  public static String of(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Whether {@code file}'s SHA-256 is {@code expected} (hex, any case). */
  public static boolean matches(Path file, String expected) throws IOException {
    return of(file).equalsIgnoreCase(expected);
  }
}
