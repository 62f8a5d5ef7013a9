package com.example.dec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.cli.Main;
import io.sae.tf.graph.ParameterSnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin jar this module builds, put in a plugin folder and used through the real CLI: listed with its options,
 * trained from an autoencoder run with {@code --init-from} (the centres missing from the autoencoder's weights come from
 * the hook's k-means), evaluated, clustered and exported. Runs without the module's classes on the classpath (see the pom).
 */
@Tag("end-to-end")
class DecEndToEndTest {
  private static final Path JAR = Path.of(System.getProperty("sae.plugin.jar"));
  private static final String CACHE = System.getProperty("sae.cache.dir");
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Path plugins;
  static Path ae;

  record Cli(int exit, String out, String err) {}

  static Cli sae(String... args) {
    List<String> full = new ArrayList<>(Arrays.asList(args));
    full.addAll(List.of("--cache-dir", CACHE));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(full.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  /** A small MNIST slice, the same for every run here. */
  static List<String> small(String... more) {
    List<String> a = new ArrayList<>(List.of("--dataset", "mnist", "--arch", "dense", "--latent", "5", "--limit", "3000,500",
        "--validation", "0", "--progress", "lines", "--seed", "3"));
    a.addAll(Arrays.asList(more));
    return a;
  }

  static Cli train(List<String> args) {
    List<String> a = new ArrayList<>(List.of("train", "--plugins", plugins.toString()));
    a.addAll(args);
    return sae(a.toArray(String[]::new));
  }

  @BeforeAll
  static void pluginFolderAndAnAutoencoder() throws Exception {
    assertThat(JAR).as("the plugin jar (built at process-classes)").isRegularFile();
    plugins = Files.createDirectories(tmp.resolve("plugins"));
    Files.copy(JAR, plugins.resolve(JAR.getFileName()));
    ae = tmp.resolve("ae");
    Cli r = train(small("--method", "ae", "--epochs", "2", "--out", ae.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void thePluginIsNotOnTheTestClasspath() {
    // otherwise this test would not show that the plugin path works
    assertThatThrownBy(() -> Class.forName("com.example.dec.DecPlugin")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void methodsListsItWithItsOptions() {
    Cli with = sae("methods", "--plugins", plugins.toString());
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(with.out()).contains("dec\n    deep embedded clustering").contains("--set clusters=0").contains("--set alpha=1.0")
        .contains("--set update-every=1").contains("--set recon-weight=0.0").contains("--set kmeans-restarts=20")
        .contains("dec (example) (sae-plugin-dec.jar)");
  }

  @Test
  void trainsFromAnAutoencoderRunThenEvaluatesClustersAndExports() throws Exception {
    Path run = tmp.resolve("dec");
    Cli r = train(small("--method", "dec", "--set", "kmeans-restarts=2", "--init-from", ae.toString(), "--epochs", "3",
        "--out", run.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> history = Files.readAllLines(run.resolve("history.csv"));
    List<String> columns = Arrays.asList(history.get(0).split(","));
    assertThat(columns).contains("dec-kl", "hook_kmeans_inertia", "hook_assignment_changed", "hook_smallest_cluster")
        .doesNotContain("reconstruction-mse");
    assertThat(history).hasSize(4);
    double firstKl = Double.parseDouble(history.get(1).split(",")[columns.indexOf("dec-kl")]);
    assertThat(firstKl).isFinite().isPositive();
    double changed = Double.parseDouble(history.get(3).split(",")[columns.indexOf("hook_assignment_changed")]);
    assertThat(changed).isBetween(0.0, 0.5);

    // the trained centres are saved with the model: 10 clusters (the classes) of the latent size
    ParameterSnapshot weights = ParameterSnapshot.read(run.resolve("model/weights.bin"));
    assertThat(weights.get("variable/dec-centres").shape()).containsExactly(10, 5);
    // the encoder started from the autoencoder and was trained on: its weights moved
    ParameterSnapshot start = ParameterSnapshot.read(ae.resolve("model/weights.bin"));
    assertThat(weights.get("latent/kernel").values()).isNotEqualTo(start.get("latent/kernel").values());

    Cli eval = sae("evaluate", "--plugins", plugins.toString(), run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    assertThat(metrics.get("method").asText()).isEqualTo("dec");
    // DEC's own readout, through the readout registry: the nearest trained centre, clusters labelled by majority
    assertThat(metrics.get("method_classifier").asText()).contains("nearest trained DEC centre");
    // 10 digits: chance is 90% error
    assertThat(metrics.get("method_classifier_test_error").asDouble()).isBetween(0.0, 0.7);

    Cli cluster = sae("cluster", "--plugins", plugins.toString(), run.toString(), "--restarts", "2");
    assertThat(cluster.exit()).as(cluster.err()).isZero();
    assertThat(JSON.readTree(run.resolve("cluster-test.json").toFile()).get("accuracy").asDouble()).isBetween(0.2, 1.0);

    Cli export = sae("export", "--plugins", plugins.toString(), run.toString(), "--out", tmp.resolve("export").toString());
    assertThat(export.exit()).as(export.err()).isZero();
    // the export carries the readout as graph ops (the centres and the cluster-to-class table as constants)
    assertThat(io.sae.tf.export.ExportMetadata.read(tmp.resolve("export").resolve("1")).classifierKind()).isEqualTo(DecReadout.KIND);
    try (io.sae.api.model.SaeModel exported = io.sae.api.model.SaeModel.load(tmp.resolve("export"))) {
      assertThat(exported.canClassify()).isTrue();
      int[] classes = exported.classify(io.sae.api.data.FloatMatrix.zeros(3, 784)).classes();
      assertThat(classes).hasSize(3);
      assertThat(java.util.Arrays.stream(classes).allMatch(c -> c >= 0 && c < 10)).isTrue();
    }
  }

  @Test
  void idecKeepsTheReconstructionTerm() throws Exception {
    Path run = tmp.resolve("idec");
    Cli r = train(small("--method", "dec", "--set", "recon-weight=1", "--set", "kmeans-restarts=1", "--set", "clusters=4",
        "--init-from", ae.toString(), "--epochs", "1", "--out", run.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllLines(run.resolve("history.csv")).get(0)).contains("dec-kl").contains("reconstruction-mse");
    assertThat(ParameterSnapshot.read(run.resolve("model/weights.bin")).get("variable/dec-centres").shape()).containsExactly(4, 5);
  }

  @Test
  void startingWeightsOfAnotherLatentSizeAreRefusedClearly() {
    Cli r = train(List.of("--dataset", "mnist", "--arch", "dense", "--latent", "6", "--limit", "3000,500", "--validation", "0",
        "--method", "dec", "--init-from", ae.toString(), "--epochs", "1", "--out", tmp.resolve("wrong").toString()));
    assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err()).contains("do not fit this architecture");
  }
}
