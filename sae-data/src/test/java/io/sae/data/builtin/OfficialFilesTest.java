package io.sae.data.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.data.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sae datasets fetch NAME --from DIR}: installing a built-in dataset's official files from a folder. */
class OfficialFilesTest {
  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();
  private static final byte[][] CONTENT = {TestFiles.TRAIN_IMAGES, TestFiles.TRAIN_LABELS, TestFiles.TEST_IMAGES, TestFiles.TEST_LABELS};

  private DataContext context() {
    return new DataContext(dir.resolve("cache"), log::add, 1);
  }

  /** A folder holding the four hand-built files under MNIST's names. */
  private Path folder() throws IOException {
    Path d = Files.createDirectories(dir.resolve("from"));
    for (int i = 0; i < 4; i++) {
      Files.write(d.resolve(MnistSource.FILES.get(i).name()), CONTENT[i]);
    }
    return d;
  }

  /** An MNIST source (with an npm that must not be called) expecting the hand-built files' hashes. */
  private MnistSource source() throws IOException {
    Path d = Files.createDirectories(dir.resolve("hash"));
    List<VerifiedFile> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String name = MnistSource.FILES.get(i).name();
      files.add(new VerifiedFile(name, Sha256.of(Files.write(d.resolve(name), CONTENT[i]))));
    }
    return new MnistSource("sae-test-no-such-npm", files);
  }

  @Test
  void installsVerifiedFilesFromAFolderAndTheDatasetLoads() throws IOException {
    MnistSource source = source();
    assertThat(source.installFrom(folder(), context())).isEqualTo(4);
    assertThat(source.isCached(context())).isTrue();
    assertThat(source.load(context()).train().size()).isEqualTo(2);
    assertThat(source.installFrom(folder(), context())).as("a complete, verified cache needs nothing").isZero();
  }

  @Test
  void namesEveryMissingAndEveryMismatchingFileAndInstallsNothing() throws IOException {
    MnistSource source = source();
    Path from = folder();
    Files.delete(from.resolve("t10k-labels-idx1-ubyte"));
    Files.write(from.resolve("train-images-idx3-ubyte"), new byte[] {1, 2, 3});
    String wrong = Sha256.of(from.resolve("train-images-idx3-ubyte"));
    assertThatThrownBy(() -> source.installFrom(from, context()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--from " + from + ": nothing installed for mnist: missing t10k-labels-idx1-ubyte; "
            + "not the official file: train-images-idx3-ubyte has SHA-256 " + wrong + ", expected ")
        .hasMessageContaining("(mnist needs train-images-idx3-ubyte (SHA-256 ")
        .hasMessageNotContaining("\n");
    assertThat(dir.resolve("cache/mnist")).doesNotExist();
  }

  @Test
  void aFolderThatDoesNotExistIsOneClearError() throws IOException {
    MnistSource source = source();
    assertThatThrownBy(() -> source.installFrom(dir.resolve("nope"), context()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--from " + dir.resolve("nope") + ": no such folder");
  }

  @Test
  void theOfficialFileListNamesTheRealHashes() {
    assertThat(new MnistSource().officialFiles()).containsExactly(
        "train-images-idx3-ubyte (SHA-256 ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db)",
        "train-labels-idx1-ubyte (SHA-256 65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5)",
        "t10k-images-idx3-ubyte (SHA-256 0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7)",
        "t10k-labels-idx1-ubyte (SHA-256 ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2)");
    assertThat(new FashionMnistSource().officialFiles()).hasSize(4).allMatch(f -> f.contains(".gz (SHA-256 "));
  }
}
