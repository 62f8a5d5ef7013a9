package io.sae.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source tree's {@code ./sae}, run as a subprocess on the packaged CLI: no TensorFlow start-up lines on stdout
 * or stderr of train, evaluate and encode; a user error stays one line; {@code --debug} keeps TensorFlow's lines
 * (which also shows that TensorFlow does print them here, so the other checks are not vacuous).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuietTensorFlowIT {

  @TempDir static Path dir;
  static Launcher sae;
  static Path run;

  @BeforeAll
  static void launcher() {
    Path script = Path.of(System.getProperty("sae.launcher", "../sae")).toAbsolutePath().normalize();
    assertThat(script).isExecutable();
    String cache = System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae");
    sae = new Launcher(script, dir, Map.of(
        "SAE_NO_BUILD", "1", "SAE_CACHE_DIR", cache, "JAVA_HOME", System.getProperty("java.home")));
    run = dir.resolve("run");
  }

  @Test
  @Order(1)
  void trainPrintsNoTensorFlowLines() throws Exception {
    Launcher.Result r = sae.run("train", "--dataset", "mnist", "--limit", "500,100", "--epochs", "1", "--out", run.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("run folder " + run);
    assertThat(r.noise()).as(r.toString()).isEmpty();
  }

  @Test
  @Order(2)
  void evaluatePrintsNoTensorFlowLines() throws Exception {
    Launcher.Result r = sae.run("evaluate", run.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("linear SVM test error");
    assertThat(r.noise()).as(r.toString()).isEmpty();
  }

  @Test
  @Order(3)
  void encodePrintsNoTensorFlowLines() throws Exception {
    Path npy = dir.resolve("z.npy");
    Launcher.Result r = sae.run("encode", run.toString(), "-o", npy.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(npy).isNotEmptyFile();
    assertThat(r.noise()).as(r.toString()).isEmpty();
  }

  @Test
  @Order(4)
  void anErrorAfterTensorFlowStartedStaysOneLine() throws Exception {
    // encode loads the model (TensorFlow runs a graph) before it checks --split
    Launcher.Result r = sae.run("encode", run.toString(), "--split", "bogus", "-o", dir.resolve("y.npy").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).as(r.toString()).containsExactly("sae: error: --split must be train or test, got 'bogus'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  @Order(5)
  void debugKeepsTensorFlowLines() throws Exception {
    Launcher.Result r = sae.run("encode", run.toString(), "--debug", "-o", dir.resolve("w.npy").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err()).as(r.toString()).contains("absl::InitializeLog()").contains("MLIR V1 optimization pass is not enabled");
  }
}
