package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper 003 through the CLI on a slice of Fashion-MNIST: train geometric, evaluate, index, search; polar. */
class GeometricSearchEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void geometricRunIsEvaluatedIndexedAndSearched(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("geo");
    Cli train = Cli.run("train", "--dataset", "fashion-mnist", "--method", "geometric", "--arch", "dense:128", "--latent", "2",
        "--limit", "1500,300", "--epochs", "4", "--validation", "0", "--out", run.toString(), "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("geometric").contains("softmax-cross-entropy");
    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode m = JSON.readTree(run.resolve("metrics.json").toFile());
    assertThat(m.get("method_classifier").asText()).isEqualTo("nearest configured centre");
    double inside = m.get("configured_clusters").get("train_inside_share").asDouble();
    assertThat(inside).isBetween(0.0, 1.0);
    assertThat(m.get("configured_clusters").get("train_class_mean_to_centre").size()).isEqualTo(10);
    assertThat(m.get("softmax_head_test_error").asDouble()).isBetween(0.0, 1.0);

    Path index = tmp.resolve("index");
    Cli idx = Cli.run("index", run.toString(), "--out", index.toString());
    assertThat(idx.exit()).as(idx.err()).isZero();
    JsonNode header = JSON.readTree(index.resolve("index.json").toFile());
    assertThat(header.get("count").asInt()).isEqualTo(300);
    assertThat(header.get("latent").asInt()).isEqualTo(2);
    assertThat(header.get("run").asText()).isEqualTo(run.toAbsolutePath().normalize().toString());

    Cli byId = Cli.run("search", run.toString(), "--index", index.toString(), "--query", "5", "--top", "7");
    assertThat(byId.exit()).as(byId.err()).isZero();
    String[] lines = byId.out().lines().filter(l -> l.matches("^\\d+ +\\d+ .*")).toArray(String[]::new);
    assertThat(lines).hasSize(7);
    double previous = 2;
    for (String l : lines) {
      String[] f = l.trim().split(" +");
      assertThat(f[1]).isNotEqualTo("5"); // the query itself is not a result
      double s = Double.parseDouble(f[f.length - 1]);
      assertThat(s).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = s;
    }
    assertThat(Files.size(index.resolve("search.png"))).isPositive();

    Path sheet = tmp.resolve("region.png");
    Cli region = Cli.run("search", run.toString(), "--index", index.toString(), "--region", "Trouser", "--sheet", sheet.toString());
    assertThat(region.exit()).as(region.err()).isZero();
    assertThat(region.out()).contains("region of class Trouser").contains("similarity vector [0.000, 1.000, 0.000");
    assertThat(Files.exists(sheet)).isTrue();

    Cli unknown = Cli.run("search", run.toString(), "--index", index.toString(), "--region", "Hat");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--region Hat: not a class");
    Cli outside = Cli.run("search", run.toString(), "--index", index.toString(), "--query", "300");
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err()).contains("outside the index");

    // an index is refused by another run, and a run without configured clusters cannot search
    Path polar = tmp.resolve("polar");
    Cli trainPolar = Cli.run("train", "--dataset", "fashion-mnist", "--method", "polar", "--arch", "dense:128", "--latent", "2",
        "--limit", "1500,300", "--epochs", "2", "--validation", "0", "--out", polar.toString(), "--progress", "lines");
    assertThat(trainPolar.exit()).as(trainPolar.err()).isZero();
    Cli foreign = Cli.run("search", polar.toString(), "--index", index.toString(), "--query", "1");
    assertThat(foreign.exit()).isEqualTo(2);
    assertThat(foreign.err()).contains("the index was built from run " + run.toAbsolutePath().normalize());
    Path polarIndex = tmp.resolve("polar-index");
    assertThat(Cli.run("index", polar.toString(), "--out", polarIndex.toString()).exit()).isZero();
    Cli noClusters = Cli.run("search", polar.toString(), "--index", polarIndex.toString(), "--query", "1");
    assertThat(noClusters.exit()).isEqualTo(2);
    assertThat(noClusters.err()).contains("has no configured clusters");
    Cli noIndex = Cli.run("search", run.toString(), "--index", tmp.resolve("nothing").toString(), "--query", "1");
    assertThat(noIndex.exit()).isEqualTo(2);
    assertThat(noIndex.err()).contains("no index.json");
  }
}
