package io.sae.data.io;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file through a temporary sibling that is moved over the target only once complete (atomically
 * where the file system allows), so readers see the old file, the complete new one, or none.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Something that writes a file's content into a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content; {@code out} is closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code target}; parent directories are created. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} produces to {@code target}; parent directories are created. On failure the
   * temporary file is deleted and {@code target} is left as it was.
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    try {
      Files.createDirectories(dir);
    } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.NotDirectoryException e) {
      throw new InvalidInputException(target + ": cannot be written, " + e.getFile() + " is a file, not a folder", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new InvalidInputException(target + ": cannot be written, no permission to create the folder " + e.getFile(), e);
    }
    // not Files.createTempFile: it makes the file owner-only (0600); this one gets the usual umask permissions
    Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    boolean done = false;
    try {
      OutputStream opened;
      try {
        opened = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (java.nio.file.AccessDeniedException e) {
        // the temporary name is ours, not the user's: name the file they asked for
        throw new InvalidInputException(target + ": cannot be written, no permission to write in the folder " + dir, e);
      }
      try (OutputStream out = opened) {
        content.writeTo(out);
      } catch (IOException e) {
        if (e instanceof java.nio.file.FileSystemException || e.getMessage() == null || !e.getMessage().contains("No space left")) {
          throw e;
        }
        // a full disk reports a bare IOException from write(): say which file could not be written
        throw (IOException) new java.nio.file.FileSystemException(absolute.toString(), null, e.getMessage()).initCause(e);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
