package io.sae.data.builtin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPOutputStream;

/** Hand-built IDX files and fake command-line tools for the source tests. */
final class TestFiles {
  private TestFiles() {}

  /** An unsigned-byte IDX file: header, then {@code data}. */
  static byte[] idx(byte[] data, int... dims) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
    b.put((byte) 0).put((byte) 0).put((byte) 0x08).put((byte) dims.length);
    for (int d : dims) {
      b.putInt(d);
    }
    return b.put(data).array();
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
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
