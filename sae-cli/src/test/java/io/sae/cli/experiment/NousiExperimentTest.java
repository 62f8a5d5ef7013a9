package io.sae.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper 002's experiments end to end on a small slice of real MNIST (numbers at this scale mean nothing). */
class NousiExperimentTest {
  private static final String CACHE = System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae");

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
    return new String[] {String.valueOf(code), out.toString()};
  }

  private static String[] nousi(Path out, String alpha) {
    return run("experiment", "nousi", "--out", out.toString(), "--methods", "ae,ccae-1", "--seeds", "1", "--stages", "2", "--stage-epochs", "1",
        "--limit", "800,300", "--restarts", "2", "--set", "alpha=" + alpha, "--cache-dir", CACHE);
  }

  @Test
  void clustersEveryStageWritesTheTableAndContinuesAnInterruptedExperiment(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("nousi");
    String[] first = nousi(out, "0.2");
    assertThat(first[0]).as(first[1]).isEqualTo("0");
    String table = Files.readString(out.resolve("nousi.md"));
    assertThat(table).contains("| No AE | ").contains("| ae | ").contains("| ccae-1 | ").contains("0.7653"); // the paper's CCAE-1 ACC beside ours
    assertThat(out.resolve("acc-per-stage.png")).isRegularFile();
    assertThat(table).contains("## Against the control (`ae`), paired by seed").contains("## ACC after each stage")
        .contains("## Host work of a shifting stage").contains("## Silhouette of the final clustering");
    // main, control, silhouette, per-stage and host tables
    assertThat(table.lines().filter(l -> l.startsWith("| ccae-1 | ")).count()).isEqualTo(5);
    for (String run : List.of("ae-seed1", "ccae-1-seed1")) {
      for (int t = 1; t <= 2; t++) {
        Map<String, Object> stage = new com.fasterxml.jackson.databind.ObjectMapper().readValue(out.resolve("runs").resolve(run).resolve("cluster-test-stage" + t + ".json").toFile(), Map.class);
        assertThat(stage.get("samples")).isEqualTo(300);
        assertThat(stage.get("restarts")).isEqualTo(2);
      }
    }
    assertThat(Files.readString(out.resolve("commands.txt"))).contains("--resume").contains("cluster").contains("--on inputs");

    // a stage's result lost (as if killed while clustering): a second start trains nothing and clusters it again
    Files.delete(out.resolve("runs/ccae-1-seed1/cluster-test-stage2.json"));
    String[] second = nousi(out, "0.2");
    assertThat(second[0]).as(second[1]).isEqualTo("0");
    assertThat(second[1]).doesNotContain("training to epoch").contains("seed 1 ccae-1  stage 2/2");
    assertThat(tables(Files.readString(out.resolve("nousi.md")))).isEqualTo(tables(table));

    String[] changed = nousi(out, "0.3");
    assertThat(changed[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(changed[1]).contains("was started with other settings");
  }

  @Test
  void classifyExperimentScoresFourClassifiersOnLatentsAndPixels(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("classify");
    String[] r = run("experiment", "nousi-classify", "--out", out.toString(), "--dataset", "mnist", "--methods", "ae,dae-1", "--seeds", "1",
        "--stages", "2", "--stage-epochs", "1", "--limit", "600,300", "--latent", "8", "--cache-dir", CACHE);
    assertThat(r[0]).as(r[1]).isEqualTo("0");
    String table = Files.readString(out.resolve("nousi-classify.md"));
    assertThat(table).contains("| ae | ").contains("| dae-1 | ").contains("| pixels | ");
    assertThat(table.lines().filter(l -> l.startsWith("| row |")).findFirst().orElseThrow().split("\\|")).hasSize(6); // row + 4 classifiers
    assertThat(out.resolve("runs/dae-1-seed1/classify-test-kept.json")).isRegularFile();
  }

  /** The table rows of a report (its first lines name the command and the minutes, which differ per start). */
  private static List<String> tables(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("|")).toList();
  }
}
