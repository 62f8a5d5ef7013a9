package io.sae.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive, unpacked into a temporary folder outside the source tree and run there with a minimal
 * environment (JAVA_HOME, a PATH of system folders, HOME and the data cache; no Maven and no source tree involved):
 * {@code bin/sae --version}, {@code bin/sae methods} and a one-epoch training; plus the archive's contents.
 */
class DistributionIT {
  static final String VERSION = System.getProperty("sae.dist.version");
  static final Path ARCHIVE = Path.of(System.getProperty("sae.dist.archive"));
  static final Path ZIP = Path.of(System.getProperty("sae.dist.zip"));

  @TempDir static Path tmp;
  static Path home;
  static Shell shell;

  @BeforeAll
  static void unpack() throws Exception {
    assertThat(ARCHIVE).isRegularFile();
    Path source = Path.of("").toAbsolutePath().getParent();
    assertThat(tmp.toAbsolutePath().startsWith(source)).as("unpacked outside the source tree").isFalse();
    Shell tar = new Shell(tmp, Map.of("PATH", "/usr/bin:/bin"));
    Shell.Result r = tar.run(List.of("tar", "xzf", ARCHIVE.toString()));
    assertThat(r.exit()).as(r.toString()).isZero();
    home = tmp.resolve("sae-" + VERSION);
    String cache = System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae");
    shell = new Shell(tmp, Map.of("JAVA_HOME", System.getProperty("java.home"), "PATH", "/usr/bin:/bin",
        "HOME", tmp.toString(), "SAE_CACHE_DIR", cache));
  }

  private Shell.Result sae(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/sae").toString());
    command.addAll(List.of(args));
    return shell.run(command);
  }

  @Test
  void versionRuns() throws Exception {
    Shell.Result r = sae("--version");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains(VERSION);
  }

  @Test
  void methodsListsTheBuiltInMethods() throws Exception {
    Shell.Result r = sae("methods");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("ae").contains("sae").contains("kmeans-vae");
  }

  @Test
  void trainsOneEpochQuietly() throws Exception {
    Path run = tmp.resolve("run");
    Shell.Result r = sae("train", "--dataset", "mnist", "--limit", "500,100", "--epochs", "1", "--out", run.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(run.resolve("status.json")).isRegularFile();
    assertThat(run.resolve("model")).isDirectory();
    assertThat(r.out()).contains("kept the weights of epoch 1");
    assertThat(r.out() + r.err()).as("TensorFlow's start-up lines are filtered").doesNotContain("absl").doesNotContain("I0000");
  }

  @Test
  void anErrorIsOneLineAndExitCode2() throws Exception {
    Shell.Result r = sae("train", "--dataset", "no-such-dataset", "--out", tmp.resolve("bad").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void archiveHoldsLauncherLibrariesLicencesDocsAndCompletion() throws IOException {
    assertThat(home.resolve("bin/sae")).isExecutable();
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(home.resolve("NOTICE")).isRegularFile();
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(home.resolve("docs/install.md")).isRegularFile();
    assertThat(home.resolve("completion/sae.bash")).isRegularFile();
    assertThat(home.resolve("lib/sae-cli-" + VERSION + ".jar")).isRegularFile();
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("tensorflow-core-native-"))
          .noneMatch(n -> n.contains("example")).noneMatch(n -> n.startsWith("junit"));
    }
    // the zip has the same entries as the tar.gz
    List<String> unpacked = new ArrayList<>();
    try (Stream<Path> all = Files.walk(home)) {
      all.filter(Files::isRegularFile).forEach(p -> unpacked.add("sae-" + VERSION + "/" + home.relativize(p)));
    }
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      List<String> zipped = zip.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).toList();
      assertThat(zipped).containsExactlyInAnyOrderElementsOf(unpacked);
    }
  }

  @Test
  void bashCompletionRegistersForSae() throws Exception {
    Shell.Result r = shell.run(List.of("bash", "-c", "source " + home.resolve("completion/sae.bash") + " && complete -p sae"));
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("complete").contains(" sae");
    String script = Files.readString(home.resolve("completion/sae.bash"));
    assertThat(script).contains("train").contains("evaluate").contains("--dataset").contains("experiment");
  }

  @Test
  void everySaeJarNamesItsModule() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      for (Path jar : lib.filter(p -> p.getFileName().toString().startsWith("sae-")).toList()) {
        // ModuleFinder derives an automatic module's name from Automatic-Module-Name; an invalid name throws
        ModuleReference m = ModuleFinder.of(jar).findAll().iterator().next();
        names.add(m.descriptor().name());
      }
    }
    assertThat(names).containsExactlyInAnyOrder("io.sae.api", "io.sae.data", "io.sae.geometry", "io.sae.tf",
        "io.sae.methods", "io.sae.eval", "io.sae.runtime", "io.sae.lab", "io.sae.cli");
  }
}
