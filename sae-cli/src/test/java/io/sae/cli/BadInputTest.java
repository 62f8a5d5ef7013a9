package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user error ends in one "sae: error:" line naming the problem, exit code 2, and no stack trace. */
class BadInputTest {

  private static void assertOneLineError(Cli r, String... fragments) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err().strip()).startsWith("sae: error: ").doesNotContain("\n").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  @Test
  void unknownMethod() {
    assertOneLineError(Cli.run("train", "--dataset", "mnist", "--method", "nope"), "unknown method 'nope'", "ae", "classifier");
  }

  @Test
  void moreLabelsThanTrainingSamples() {
    assertOneLineError(Cli.run("train", "--dataset", "mnist", "--labels", "70000"), "--labels 70000", "60000");
  }

  @Test
  void truncatedIdxFile(@TempDir Path tmp) throws Exception {
    byte[] full = Files.readAllBytes(Cli.cacheDir().resolve("mnist/t10k-images-idx3-ubyte"));
    Path cut = tmp.resolve("images-idx3-ubyte");
    Files.write(cut, java.util.Arrays.copyOf(full, 5000));
    Path labels = Cli.cacheDir().resolve("mnist/t10k-labels-idx1-ubyte");
    assertOneLineError(Cli.run("train", "--dataset", "idx:" + cut + "?labels=" + labels, "--out", tmp.resolve("run").toString()),
        "images-idx3-ubyte", "truncated");
    assertThat(tmp.resolve("run")).doesNotExist();
  }

  @Test
  void csvWithNaN(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("data.csv");
    Files.writeString(csv, "a,b,label\n0.1,0.2,0\n0.3,NaN,1\n0.5,0.6,0\n");
    assertOneLineError(Cli.run("train", "--dataset", "csv:" + csv + "?label=label", "--out", tmp.resolve("run").toString()),
        "data.csv", "line 3");
    assertThat(tmp.resolve("run")).doesNotExist();
  }

  @Test
  void unknownOptionOfAMethod() {
    assertOneLineError(Cli.run("train", "--dataset", "mnist", "--method", "ae", "--set", "gamma=0.5"),
        "method ae has no option 'gamma'", "loss");
  }

  @Test
  void evaluateNeedsARunFolder(@TempDir Path tmp) {
    assertOneLineError(Cli.run("evaluate", tmp.toString()), "not a run folder");
  }

  @Test
  void unknownDataset() {
    assertOneLineError(Cli.run("train", "--dataset", "cifar"), "unknown dataset 'cifar'", "mnist");
  }

  @Test
  void badCommandLineShowsUsageHint() {
    Cli r = Cli.run("train", "--epochs", "many");
    assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err()).contains("--epochs").contains("--help");
  }

  @Test
  void resumeRefusesEverySettingItWouldIgnore(@TempDir Path tmp) {
    // the settings of a resumed run come from its config.json: each one given is named, none silently ignored
    assertOneLineError(Cli.run("train", "--resume", tmp.toString(), "--lr", "0.5", "--batch-size", "7", "--method", "vae", "--epochs", "3"),
        "--resume continues", "--method, --batch-size, --learning-rate cannot change them", "only --epochs");
    assertOneLineError(Cli.run("train", "--resume", tmp.toString(), "--seed", "2"), "--seed cannot change it");
  }

  @Test
  void outPointingAtAFileIsAUserError(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("taken"), "x");
    assertOneLineError(Cli.run("train", "--dataset", "mnist", "--limit", "200,50", "--epochs", "1", "--out", file.toString()),
        "run folder " + file + " is a file, not a folder");
    assertOneLineError(Cli.run("train", "--dataset", "mnist", "--limit", "200,50", "--epochs", "1", "--out", file.resolve("run").toString()),
        "run folder " + file.resolve("run") + " cannot be created: " + file + " is a file, not a folder");
  }

  @Test
  void anUnknownCommandIsAnErrorEvenWithHelp() {
    for (String[] args : new String[][] {{"srve", "--help"}, {"trian", "-d", "mnist"}}) {
      Cli r = Cli.run(args);
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.EXIT_USER_ERROR);
      assertThat(r.err()).contains("sae: unknown command '" + args[0] + "'").contains("train").contains("Run 'sae --help'");
    }
    assertThat(Cli.run("--help").exit()).isZero();
    assertThat(Cli.run("train", "--help").exit()).isZero();
  }
}
