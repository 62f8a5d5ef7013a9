package io.sae.data.io;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns the file problems a user causes (missing, a directory, unreadable) into clear messages. */
final class FileErrors {
  private FileErrors() {}

  /** Checks that {@code file} is a readable regular file; {@code what} names the expected content. */
  static void requireReadable(Path file, String what) {
    if (!Files.exists(file)) {
      throw new InvalidInputException(file + ": file not found (expected " + what + ")");
    }
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file + ": is a directory, expected " + what);
    }
    if (!Files.isReadable(file)) {
      throw new InvalidInputException(file + ": not readable (check its permissions)");
    }
  }

  /** The user-facing form of an I/O error on {@code file}, or the error itself when it is not the user's. */
  static IOException translate(Path file, IOException e) {
    if (e instanceof CharacterCodingException) {
      // a binary file, or text in another encoding: the user's file, not an internal error
      throw new InvalidInputException(file + ": not UTF-8 text (is it a binary file, or saved in another encoding?)", e);
    }
    if (e instanceof NoSuchFileException) {
      throw new InvalidInputException(file + ": file not found", e);
    }
    if (e instanceof AccessDeniedException) {
      throw new InvalidInputException(file + ": not readable (check its permissions)", e);
    }
    return e;
  }

  /**
   * {@code text} from a user's file made fit for a one-line message: control characters (line breaks included)
   * shown as {@code \\uXXXX} escapes, and at most {@code max} characters.
   */
  static String printable(String text, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length() && b.length() < max; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.length() < max ? b.toString() : b.substring(0, max - 3) + "...";
  }
}
