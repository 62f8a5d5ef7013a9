package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sae datasets fetch NAME --from DIR} with an empty cache of its own. */
class DatasetsFromTest {
  @TempDir Path dir;

  private Cli run(String... args) {
    String[] full = new String[args.length + 2];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--cache-dir";
    full[args.length + 1] = dir.resolve("cache").toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(full, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  @Test
  void installsTheOfficialMnistFilesFromAFolder() throws IOException {
    Path from = Files.createDirectories(dir.resolve("downloads"));
    for (String f : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
      Files.copy(Cli.cacheDir().resolve("mnist").resolve(f), from.resolve(f));
    }
    Cli r = run("datasets", "fetch", "mnist", "--from", from.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("mnist: installed 4 file(s) from " + from + " (SHA-256 verified)")
        .contains("mnist: 60,000 training and 10,000 test samples");
    assertThat(dir.resolve("cache/mnist/t10k-labels-idx1-ubyte")).isRegularFile();
  }

  @Test
  void aFolderWithoutTheFilesIsOneLineNamingThem() throws IOException {
    Path from = Files.createDirectories(dir.resolve("empty"));
    Cli r = run("datasets", "fetch", "fashion-mnist", "--from", from.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("sae: error: --from " + from + ": nothing installed for fashion-mnist: missing "
        + "train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz");
    assertThat(dir.resolve("cache/fashion-mnist")).doesNotExist();
  }

  @Test
  void aDatasetWithoutOfficialFilesIsRefused() {
    Cli r = run("datasets", "fetch", "synthetic", "--from", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err()).startsWith("sae: error: --from: dataset 'synthetic' has no official files to install (it works for ")
        .contains("mnist").contains("fashion-mnist");
  }

  @Test
  void fromWithoutFetchIsAnError() {
    Cli r = run("datasets", "--from", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err()).contains("--from goes with 'sae datasets fetch NAME --from DIR'");
  }
}
