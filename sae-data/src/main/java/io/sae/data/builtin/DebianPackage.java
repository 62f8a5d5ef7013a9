package io.sae.data.builtin;

import io.sae.api.InvalidInputException;
import io.sae.data.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fetches a Debian package's files without installing it: {@code apt-get download NAME} (from the system's
 * configured apt sources, no root needed) and {@code dpkg -x} into a folder.
 */
final class DebianPackage {
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private DebianPackage() {}

  /**
   * Downloads and unpacks {@code name} under {@code staging}.
   *
   * @return the folder the package's file tree was unpacked into (its {@code usr/share/...} inside)
   * @throws InvalidInputException when apt-get or dpkg is missing or fails
   */
  static Path fetch(String aptGet, String dpkg, String name, Path staging) throws IOException {
    Path work = Files.createDirectories(staging.resolve("apt-download"));
    ProcessRunner.runChecked(List.of(aptGet, "download", name), work, TIMEOUT);
    Path deb;
    try (Stream<Path> files = Files.list(work)) {
      deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst()
          .orElseThrow(() -> new InvalidInputException("'" + aptGet + " download " + name + "' finished but left no .deb file"));
    }
    Path root = staging.resolve("unpacked");
    ProcessRunner.runChecked(List.of(dpkg, "-x", deb.toString(), root.toString()), work, TIMEOUT);
    return root;
  }
}
