package com.example.centerloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin jar this module builds, put in a plugin folder and used through the real CLI: listed by
 * {@code sae methods} with its options, trained by name, evaluated and exported; and the errors a user meets
 * without the jar or with a broken copy of it.
 */
class CenterLossEndToEndTest {
  private static final Path JAR = Path.of(System.getProperty("sae.plugin.jar"));
  private static final String CACHE = System.getProperty("sae.cache.dir");
  @TempDir static Path tmp;
  static Path plugins;

  record Cli(int exit, String out, String err) {}

  static Cli sae(String... args) {
    List<String> full = new ArrayList<>(Arrays.asList(args));
    full.addAll(List.of("--cache-dir", CACHE));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(full.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void pluginFolder() throws Exception {
    assertThat(JAR).as("the plugin jar (built at process-classes)").isRegularFile();
    plugins = Files.createDirectories(tmp.resolve("plugins"));
    Files.copy(JAR, plugins.resolve(JAR.getFileName()));
  }

  @Test
  void thePluginIsNotOnTheTestClasspath() {
    // otherwise this test would not show that the plugin path works
    assertThatThrownBy(() -> Class.forName("com.example.centerloss.CenterLossPlugin")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void methodsListsItWithItsOptionsOnlyFromThePluginPath() {
    Cli with = sae("methods", "--plugins", plugins.toString());
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(with.out()).contains("center-loss\n    autoencoder + center loss toward learned class centres (example plugin) (needs labels)")
        .contains("--set weight=1.0  (double in [0, 1000])").contains("--set svm-c=1.0")
        .contains("center-loss (example) (sae-plugin-center-loss.jar)");
    Cli without = sae("methods");
    assertThat(without.exit()).isZero();
    assertThat(without.out()).doesNotContain("center-loss");
  }

  @Test
  void trainsByNameThenEvaluatesAndExports() throws Exception {
    Path run = tmp.resolve("run");
    Cli train = sae("train", "--plugins", plugins.toString(), "--dataset", "mnist", "--method", "center-loss", "--set", "weight=0.5",
        "--labels", "1000", "--arch", "dense", "--limit", "3000,500", "--epochs", "2", "--out", run.toString(), "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
    List<String> history = Files.readAllLines(run.resolve("history.csv"));
    List<String> columns = Arrays.asList(history.get(0).split(","));
    assertThat(columns).contains("center-loss", "reconstruction-mse");
    for (String row : history.subList(1, history.size())) {
      double center = Double.parseDouble(row.split(",")[columns.indexOf("center-loss")]);
      assertThat(center).isFinite().isPositive();
    }

    Cli missing = sae("evaluate", run.toString());
    assertThat(missing.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(missing.err()).contains("unknown method 'center-loss'").contains("--plugins");

    Cli eval = sae("evaluate", "--plugins", plugins.toString(), run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode metrics = new ObjectMapper().readTree(run.resolve("metrics.json").toFile());
    assertThat(metrics.get("method").asText()).isEqualTo("center-loss");
    // 10 digits: chance is 90% error
    assertThat(metrics.get("linear_svm_test_error").asDouble()).isBetween(0.0, 0.6);

    Cli export = sae("export", "--plugins", plugins.toString(), run.toString(), "--out", tmp.resolve("export").toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).contains("classify: linear SVM");
  }

  @Test
  void theEnvironmentVariableWorksInAFreshCli() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "methods").redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("SAE_PLUGINS", plugins.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("center-loss").contains("--set weight=1.0");
  }

  @Test
  void aBrokenCopyOfTheJarIsNamed() throws Exception {
    Path broken = Files.createDirectories(tmp.resolve("broken"));
    byte[] bytes = Files.readAllBytes(JAR);
    Files.write(broken.resolve("center-loss-truncated.jar"), Arrays.copyOf(bytes, bytes.length / 2));
    Cli r = sae("methods", "--plugins", broken.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err().strip()).startsWith("sae: error: plugin jar").contains("center-loss-truncated.jar").doesNotContain("\n");
  }
}
