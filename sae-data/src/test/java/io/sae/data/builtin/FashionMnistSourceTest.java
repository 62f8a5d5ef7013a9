package io.sae.data.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.DatasetSplit;
import io.sae.data.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistSourceTest {
  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  private DataContext context() {
    return new DataContext(dir.resolve("cache"), log::add, 1);
  }

  /** Writes the gzipped hand-built files into {@code folder}; returns their expected names and hashes. */
  private List<VerifiedFile> writeGzipped(Path folder) throws IOException {
    Files.createDirectories(folder);
    byte[][] content = {TestFiles.TRAIN_IMAGES, TestFiles.TRAIN_LABELS, TestFiles.TEST_IMAGES, TestFiles.TEST_LABELS};
    List<VerifiedFile> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String name = FashionMnistSource.FILES.get(i).name();
      files.add(new VerifiedFile(name, Sha256.of(Files.write(folder.resolve(name), TestFiles.gzip(content[i])))));
    }
    return files;
  }

  @Test
  void copiesFromTheInstalledPackage() throws IOException {
    Path system = dir.resolve("usr-share");
    List<VerifiedFile> files = writeGzipped(system);
    FashionMnistSource source = new FashionMnistSource(system, "sae-test-no-apt-get", "sae-test-no-dpkg", files);
    DatasetSplit s = source.load(context());
    assertThat(s.train().labels()).containsExactly(5, 9);
    assertThat(s.train().classNames().get(9)).isEqualTo("Ankle boot");
    assertThat(s.train().features().row(0)).containsExactly(0f, 1f, 0.2f, 0.4f);
    assertThat(s.test().name()).isEqualTo("fashion-mnist-test");
    assertThat(source.isCached(context())).isTrue();
    assertThat(log).anyMatch(l -> l.startsWith("copied " + system.resolve("train-images-idx3-ubyte.gz")));
    try (Stream<Path> top = Files.list(dir.resolve("cache"))) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactly("fashion-mnist");
    }
  }

  @Test
  void downloadsAndUnpacksTheDebianPackageWhenNotInstalled() throws IOException {
    Path unpackedTree = dir.resolve("deb-content/usr/share/datasets/fashion-mnist");
    List<VerifiedFile> files = writeGzipped(unpackedTree);
    Path aptGet = TestFiles.script(dir, "apt-get", "[ \"$1\" = download ] && [ \"$2\" = dataset-fashion-mnist ] || exit 9\n"
        + "touch dataset-fashion-mnist_0.0_all.deb");
    // fake dpkg -x DEB ROOT: copies the prepared tree into ROOT
    Path dpkg = TestFiles.script(dir, "dpkg", "[ \"$1\" = -x ] && [ -f \"$2\" ] || exit 9\nmkdir -p \"$3\" && cp -r "
        + dir.resolve("deb-content") + "/. \"$3\"");
    FashionMnistSource source = new FashionMnistSource(dir.resolve("not-installed"), aptGet.toString(), dpkg.toString(), files);
    DatasetSplit s = source.load(context());
    assertThat(s.train().labels()).containsExactly(5, 9);
    assertThat(s.test().labels()).containsExactly(3);
    assertThat(log).anyMatch(l -> l.contains("apt-get download dataset-fashion-mnist"));
    try (Stream<Path> top = Files.list(dir.resolve("cache"))) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactly("fashion-mnist");
    }
  }

  @Test
  void failingAptGetSaysWhatFailedAndTheAlternatives() throws IOException {
    Path aptGet = TestFiles.script(dir, "apt-get", "echo 'E: Unable to locate package dataset-fashion-mnist'; exit 100");
    FashionMnistSource source = new FashionMnistSource(dir.resolve("not-installed"), aptGet.toString(), "dpkg", FashionMnistSource.FILES);
    assertThatThrownBy(() -> source.load(context()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("could not fetch fashion-mnist: '" + aptGet + " download dataset-fashion-mnist' failed with exit code 100: "
            + "E: Unable to locate package dataset-fashion-mnist. Instead you can install the Debian package dataset-fashion-mnist, "
            + "or put the four files train-images-idx3-ubyte.gz (SHA-256 b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7)")
        .hasMessageContaining(" into a folder and run 'sae datasets fetch fashion-mnist --from FOLDER'")
        .hasMessageEndingWith(", or into " + dir.resolve("cache/fashion-mnist"));
    assertThat(source.isCached(context())).isFalse();
  }
}
