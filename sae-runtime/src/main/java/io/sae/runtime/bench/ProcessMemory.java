package io.sae.runtime.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * This process's resident memory, from {@code /proc/self/status} (Linux): the current resident set ({@code VmRSS})
 * and its peak so far ({@code VmHWM}). Native memory (TensorFlow's tensors and graphs) counts, unlike the Java heap
 * figures of {@link Runtime}.
 */
public final class ProcessMemory {
  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessMemory() {}

  /** {@code VmRSS} in bytes, or empty where {@code /proc/self/status} does not exist (not Linux). */
  public static OptionalLong resident() {
    return field("VmRSS:");
  }

  /** {@code VmHWM}, the peak resident set of the process so far, in bytes; empty where not on Linux. */
  public static OptionalLong peakResident() {
    return field("VmHWM:");
  }

  private static OptionalLong field(String name) {
    if (!Files.isReadable(STATUS)) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(name)) {
          return OptionalLong.of(kilobytes(line.substring(name.length())) * 1024);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException(STATUS + " has no " + name + " line");
  }

  /** {@code "   123456 kB"} as 123456. */
  static long kilobytes(String value) {
    return Long.parseLong(value.trim().split("\\s+")[0]);
  }
}
