package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken plugin jars on the plugin path end in one message naming the jar, exit 2. (A working plugin jar is
 * exercised end to end by examples/plugin-center-loss.)
 */
class PluginPathTest {

  private static void assertUserError(Cli r, String... fragments) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err().strip()).startsWith("sae: error: ").doesNotContain("\n");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  private static Path jar(Path file, String serviceFile) throws Exception {
    try (OutputStream raw = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(raw)) {
      jar.putNextEntry(new ZipEntry("META-INF/services/io.sae.api.plugin.SaePlugin"));
      jar.write(serviceFile.getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    return file;
  }

  @Test
  void aFileThatIsNotAJar(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("plugins"));
    Files.writeString(dir.resolve("broken.jar"), "this is not a zip file");
    assertUserError(Cli.run("methods", "--plugins", dir.toString()), "plugin jar", "broken.jar", "not a readable jar");
  }

  @Test
  void aProviderClassThatIsMissing(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("plugins"));
    jar(dir.resolve("ghost.jar"), "# a comment\ncom.example.GhostPlugin\n");
    assertUserError(Cli.run("methods", "--plugins", dir.toString()), "ghost.jar", "com.example.GhostPlugin", "is not in the jar");
  }

  @Test
  void aProviderThatIsNotAPlugin(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("plugins"));
    jar(dir.resolve("wrong.jar"), "java.lang.String\n");
    assertUserError(Cli.run("methods", "--plugins", dir.toString()), "wrong.jar", "does not implement io.sae.api.plugin.SaePlugin");
  }

  @Test
  void aMissingFolderAndALibraryJar(@TempDir Path tmp) throws Exception {
    assertUserError(Cli.run("methods", "--plugins", tmp.resolve("nope").toString()), "nope", "does not exist");
    Path dir = Files.createDirectories(tmp.resolve("libs"));
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(dir.resolve("lib.jar")))) {
      jar.putNextEntry(new ZipEntry("README"));
      jar.closeEntry();
    }
    Cli ok = Cli.run("methods", "--plugins", dir.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("lib.jar (library: registers no plugin)");
  }
}
