package io.sae.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.train.Training;
import io.sae.spark.cli.SparkMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sae spark} commands end to end (each starts and stops its own local[2] session), and their bad input. */
class SparkCliTest {
  static final Path CACHE = Path.of(System.getProperty("sae.cache.dir", SaeRuntime.defaultCacheDir().toString()));

  /** Exit code, stdout and stderr of one command. */
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter err = new StringWriter();
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8)); // the commands print to System.out
    try {
      int code = SparkMain.run(args, new PrintWriter(System.out, true), new PrintWriter(err, true));
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(stdout);
    }
  }

  @Test
  void encodeClusterAndSearchAGeometricRun(@TempDir Path tmp) throws Exception {
    Path geo = tmp.resolve("geo");
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(CACHE));
        TrainedRun r = sae.train(Training.of("geometric").dataset("mnist").architecture("dense:32").latent(2).epochs(1).validation(0)
            .limit(300, 120).seed(2).into(geo))) {
      assertThat(r.path()).isEqualTo(geo);
    }
    String cache = CACHE.toString();
    Path table = tmp.resolve("latents");
    Result enc = run("encode", geo.toString(), "--out", table.toString(), "--master", "local[2]", "--classify", "--cache-dir", cache);
    assertThat(enc.exit()).as(enc.err()).isZero();
    assertThat(enc.out()).contains("wrote " + table);

    Path clusters = tmp.resolve("clusters");
    Result cl = run("cluster", table.toString(), "--k", "10", "--restarts", "2", "--out", clusters.toString(), "--master", "local[2]");
    assertThat(cl.exit()).as(cl.err()).isZero();
    assertThat(cl.out()).contains("k-means on 120 rows (120 labelled)").contains("clustering accuracy");
    JsonNode summary = new ObjectMapper().readTree(clusters.resolve("cluster.json").toFile());
    assertThat(summary.get("accuracy").asDouble()).isBetween(0.1, 1.0);
    assertThat(Files.isDirectory(clusters.resolve("assignments"))).isTrue();
    assertThat(Files.isDirectory(clusters.resolve("centres"))).isTrue();

    Result se = run("search", table.toString(), "--query-ids", "3,40", "--top", "4", "--run", geo.toString(), "--master", "local[2]",
        "--cache-dir", cache);
    assertThat(se.exit()).as(se.err()).isZero();
    assertThat(se.out()).contains("query 3:").contains("query 40:").contains("similarity");
    assertThat(se.out().lines().filter(l -> l.matches("^ +\\d+ +id .*"))).hasSize(8);
  }

  @Test
  void badInputIsOneLineAndExitTwo(@TempDir Path tmp) {
    Result unknown = run("encodee");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown command 'encodee'");

    Result noModel = run("encode", tmp.resolve("none").toString(), "--out", tmp.resolve("o").toString());
    assertThat(noModel.exit()).isEqualTo(2);
    assertThat(noModel.err().strip()).isEqualTo("sae spark: error: " + tmp.resolve("none") + ": no such run folder or export");

    Result noTable = run("cluster", tmp.resolve("none").toString(), "--k", "3", "--out", tmp.resolve("o").toString());
    assertThat(noTable.exit()).isEqualTo(2);
    assertThat(noTable.err()).contains("no such table");

    Result noQueries = run("search", tmp.toString(), "--metric", "euclidean");
    assertThat(noQueries.exit()).isEqualTo(2);
    assertThat(noQueries.err()).contains("give the queries with --query-ids or --queries");

    Result badK = run("cluster", tmp.toString(), "--k", "1", "--out", tmp.resolve("o").toString());
    assertThat(badK.exit()).isEqualTo(2);
    assertThat(badK.err()).contains("--k must be at least 2");

    Result badGrid = run("sweep", "--method", "ae", "--grid", "gamma", "--out", tmp.resolve("s").toString());
    assertThat(badGrid.exit()).isEqualTo(2);
    assertThat(badGrid.err()).contains("--grid gamma: expected KEY=V1,V2");
  }
}
