package io.sae.data.builtin;

import io.sae.api.InvalidInputException;
import io.sae.data.Sha256;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One dataset's folder in the cache: which files it has, their verification, and installing fetched ones. */
final class FileCache {
  private final String dataset;
  private final Path dir;
  private final List<VerifiedFile> files;

  FileCache(String dataset, Path dir, List<VerifiedFile> files) {
    this.dataset = dataset;
    this.dir = dir;
    this.files = List.copyOf(files);
  }

  Path dir() {
    return dir;
  }

  Path path(VerifiedFile f) {
    return dir.resolve(f.name());
  }

  /** Files not yet in the cache. */
  List<VerifiedFile> missing() {
    return files.stream().filter(f -> !Files.isRegularFile(path(f))).toList();
  }

  boolean complete() {
    return missing().isEmpty();
  }

  /** Why the cached files cannot be used (a SHA-256 that does not match), or empty when they verify or are incomplete. */
  java.util.Optional<String> problem() throws IOException {
    if (!complete()) {
      return java.util.Optional.empty();
    }
    try {
      verifyAll();
      return java.util.Optional.empty();
    } catch (InvalidInputException e) {
      return java.util.Optional.of(e.getMessage());
    }
  }

  /**
   * Checks every cached file's SHA-256.
   *
   * @throws InvalidInputException naming the first file that does not match, both hashes, and the remedy
   */
  void verifyAll() throws IOException {
    for (VerifiedFile f : files) {
      String actual = Sha256.of(path(f));
      if (!actual.equalsIgnoreCase(f.sha256())) {
        throw new InvalidInputException(
            path(f) + ": SHA-256 is " + actual + ", expected " + f.sha256() + " (the cached " + dataset
                + " file is corrupt or a different file); delete it and run again to fetch it anew");
      }
    }
  }

  /**
   * Verifies {@code staged} as {@code f} and renames it into the cache.
   *
   * @param origin where the file came from, for the message when it does not verify
   * @throws InvalidInputException when the SHA-256 does not match
   */
  void install(Path staged, VerifiedFile f, String origin) throws IOException {
    String actual = Sha256.of(staged);
    if (!actual.equalsIgnoreCase(f.sha256())) {
      throw new InvalidInputException(origin + " delivered " + f.name() + " with SHA-256 " + actual + ", expected " + f.sha256());
    }
    Files.createDirectories(dir);
    try {
      Files.move(staged, path(f), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // staging lives inside the cache folder, so this only happens on odd file systems; copy to a
      // temporary name there and rename, which keeps the final name appearing only when complete
      Path tmp = Files.createTempFile(dir, "." + f.name() + ".", ".tmp");
      Files.copy(staged, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, path(f), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A fresh staging folder next to the cache folder (same file system, so renames are atomic). */
  Path newStagingDir() throws IOException {
    Path parent = dir.toAbsolutePath().getParent();
    for (Path up = parent; up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new InvalidInputException("the data cache needs a folder, but " + up + " is a file (check --cache-dir or $SAE_CACHE_DIR)");
      }
    }
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, "." + dataset + "-fetch-");
  }

  /** Removes a staging folder and everything in it. */
  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover hidden staging folder is harmless; the fetch result matters more than its cleanup
    }
  }

  /** The files with their hashes, for "put them there by hand" messages. */
  String describeAll() {
    return files.stream().map(VerifiedFile::describe).collect(Collectors.joining(", "));
  }
}
