package io.sae.data.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Hand-built IDX files and fake command-line tools for the source tests. */
final class TestFiles {
  private TestFiles() {}

  static byte[] idx(byte[] data, int... dims) {
    return io.sae.data.TestBytes.idx(data, dims);
  }

  static byte[] gzip(byte[] data) throws IOException {
    return io.sae.data.TestBytes.gzip(data);
  }

  /** Two 2x2 images (0, 255, 51, 102) and (255, 0, 0, 0) with labels 5 and 9. */
  static final byte[] TRAIN_IMAGES = idx(new byte[] {0, (byte) 255, 51, 102, (byte) 255, 0, 0, 0}, 2, 2, 2);
  static final byte[] TRAIN_LABELS = idx(new byte[] {5, 9}, 2);
  /** One 2x2 image (all 255) with label 3. */
  static final byte[] TEST_IMAGES = idx(new byte[] {(byte) 255, (byte) 255, (byte) 255, (byte) 255}, 1, 2, 2);
  static final byte[] TEST_LABELS = idx(new byte[] {3}, 1);

  /** An executable shell script. */
  static Path script(Path dir, String name, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }
}
