package io.sae.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SPI stays small enough for a plugin author to read in one sitting: at most 2,000 lines of main sources
 * (comments included, since Javadoc is part of what they read).
 */
class SpiSizeTest {
  static final int LIMIT = 2_000;

  @Test
  void theSpiHasAtMostTwoThousandLines() throws IOException {
    Path spi = Path.of("..", "sae-api", "src", "main", "java");
    assertThat(spi).isDirectory();
    long lines;
    try (Stream<Path> files = Files.walk(spi)) {
      lines = files.filter(p -> p.toString().endsWith(".java")).mapToLong(SpiSizeTest::lines).sum();
    }
    assertThat(lines).as("lines of sae-api/src/main/java").isPositive().isLessThanOrEqualTo(LIMIT);
  }

  private static long lines(Path file) {
    try (Stream<String> s = Files.lines(file)) {
      return s.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
