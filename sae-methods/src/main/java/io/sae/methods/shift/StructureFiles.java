package io.sae.methods.shift;

import io.sae.data.io.AtomicFiles;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One shifting stage's {@link TargetShift.Structure} as int32 .npy files in a checkpoint's hook folder:
 * {@code stage-S-group.npy}, optional {@code -rival-group}, {@code -attract}/{@code -attract-count} and
 * {@code -repel}/{@code -repel-count}, plus {@code stage-S.txt} with the group count and flags.
 */
final class StructureFiles {
  private StructureFiles() {}

  static void write(Path dir, int stage, TargetShift.Structure s) throws IOException {
    String p = "stage-" + stage;
    NpyWriter.writeLabels(dir.resolve(p + "-group.npy"), s.group());
    if (s.rivalGroup() != null) {
      NpyWriter.writeLabels(dir.resolve(p + "-rival-group.npy"), s.rivalGroup());
    }
    writeLists(dir, p + "-attract", s.attractNeighbours());
    writeLists(dir, p + "-repel", s.repelNeighbours());
    String meta = "groups=" + s.groups() + "\nrival-others=" + s.rivalOthers() + "\nattract-k=" + k(s.attractNeighbours())
        + "\nrepel-k=" + k(s.repelNeighbours()) + "\n";
    AtomicFiles.write(dir.resolve(p + ".txt"), meta.getBytes(StandardCharsets.UTF_8));
  }

  static TargetShift.Structure read(Path dir, int stage) throws IOException {
    String p = "stage-" + stage;
    java.util.Properties meta = new java.util.Properties();
    try (var r = Files.newBufferedReader(dir.resolve(p + ".txt"), StandardCharsets.UTF_8)) {
      meta.load(r);
    }
    int[] group = NpyReader.readLabels(dir.resolve(p + "-group.npy"));
    Path rival = dir.resolve(p + "-rival-group.npy");
    return new TargetShift.Structure(
        group,
        Integer.parseInt(meta.getProperty("groups")),
        readLists(dir, p + "-attract", Integer.parseInt(meta.getProperty("attract-k"))),
        Files.isRegularFile(rival) ? NpyReader.readLabels(rival) : null,
        Boolean.parseBoolean(meta.getProperty("rival-others")),
        readLists(dir, p + "-repel", Integer.parseInt(meta.getProperty("repel-k"))));
  }

  private static int k(GroupNeighbours.Lists l) {
    return l == null ? 0 : l.k();
  }

  private static void writeLists(Path dir, String name, GroupNeighbours.Lists l) throws IOException {
    if (l != null) {
      NpyWriter.writeLabels(dir.resolve(name + ".npy"), l.rows());
      NpyWriter.writeLabels(dir.resolve(name + "-count.npy"), l.count());
    }
  }

  private static GroupNeighbours.Lists readLists(Path dir, String name, int k) throws IOException {
    if (k == 0) {
      return null;
    }
    return new GroupNeighbours.Lists(NpyReader.readLabels(dir.resolve(name + ".npy")), NpyReader.readLabels(dir.resolve(name + "-count.npy")), k);
  }
}
