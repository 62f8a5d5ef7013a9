package io.sae.tf.export;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * TF Serving's layout: an export folder holds one sub-folder per model version, named by a positive number,
 * and the server serves the highest. A version is written into a hidden staging folder next to it (a name TF
 * Serving ignores) and moved into place in one rename, so a half-written version never looks complete.
 */
public final class VersionedExport {
  private VersionedExport() {}

  /** Writes into an empty folder that does not exist yet. */
  @FunctionalInterface
  public interface Writer {
    void writeInto(Path dir) throws IOException;
  }

  /**
   * Writes version {@code version} of {@code exportDir}.
   *
   * @param force replace an existing version: once the new one is complete, the old one is renamed aside, the
   *     new one renamed into place, and the old one deleted (two renames: a directory cannot replace a
   *     non-empty one in a single rename)
   * @return the version folder
   * @throws InvalidInputException when the version exists and {@code force} is false, or is not positive
   */
  public static Path publish(Path exportDir, long version, boolean force, Writer writer) throws IOException {
    Path target = checkTarget(exportDir, version, force);
    Files.createDirectories(exportDir);
    Path staging = Files.createTempDirectory(exportDir, ".staging-" + version + "-");
    Path stale = null;
    try {
      Path model = staging.resolve("model");
      writer.writeInto(model);
      if (Files.exists(target)) {
        stale = Files.createTempDirectory(exportDir, ".replaced-" + version + "-");
        move(target, stale.resolve("old"));
      }
      move(model, target);
    } finally {
      deleteTree(staging);
      if (stale != null) {
        deleteTree(stale);
      }
    }
    return target;
  }

  /**
   * The version folder {@link #publish} would write, after checking it may: callers check early, before
   * expensive work, and {@code publish} checks again.
   *
   * @throws InvalidInputException when the version exists and {@code force} is false, or is not positive
   */
  public static Path checkTarget(Path exportDir, long version, boolean force) {
    if (version < 1) {
      throw new InvalidInputException("--version must be a positive number, got " + version);
    }
    if (Files.exists(exportDir) && !Files.isDirectory(exportDir)) {
      throw new InvalidInputException(exportDir + " exists and is not a folder");
    }
    Path target = exportDir.resolve(Long.toString(version));
    if (Files.exists(target) && !force) {
      throw new InvalidInputException(target + " already exists (choose another --version, or pass --force to replace it)");
    }
    return target;
  }

  /** The highest numeric version folder of an export folder, if any. */
  public static OptionalLong latestVersion(Path exportDir) throws IOException {
    if (!Files.isDirectory(exportDir)) {
      return OptionalLong.empty();
    }
    try (Stream<Path> s = Files.list(exportDir)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9]{1,18}"))
          .mapToLong(Long::parseLong).filter(v -> v > 0).max();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // same parent folder, so this only happens on exotic file systems; a plain rename is still one step there
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
