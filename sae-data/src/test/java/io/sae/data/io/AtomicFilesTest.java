package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void failedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
    Path file = dir.resolve("report.md");
    Files.writeString(file, "complete old report");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("half a new rep".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("complete old report");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void failedFirstWriteLeavesNothing() {
    Path file = dir.resolve("metrics.json");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      throw new IOException("boom");
    })).isInstanceOf(IOException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void createsParentsAndReplaces() throws Exception {
    Path file = dir.resolve("a/b/c.txt");
    AtomicFiles.write(file, "one".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(file, "two".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(file)).isEqualTo("two");
  }

  @Test
  void permissionsAreThoseOfAnOrdinaryFile() throws Exception {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path atomic = dir.resolve("atomic.txt");
    AtomicFiles.write(atomic, "x".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
