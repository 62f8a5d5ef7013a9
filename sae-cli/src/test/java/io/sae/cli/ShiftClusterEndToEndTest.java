package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper-002 method trained through the CLI on a slice of MNIST, then 'sae cluster' and 'sae classify' on it. */
class ShiftClusterEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ccaeTrainsAndClusterScoresItsLatentsAndInputs(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("ccae");
    Cli train = Cli.run("train", "--dataset", "mnist", "--method", "ccae-3", "--arch", "dense-linear", "--limit", "1500,500",
        "--epochs", "6", "--set", "stages=3", "--set", "stage-epochs=2", "--set", "neighbours=5", "--out", run.toString(),
        "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("hook_stage 2.0000").contains("hook_target_shift_rms");

    Cli cluster = Cli.run("cluster", run.toString());
    assertThat(cluster.exit()).as(cluster.err()).isZero();
    assertThat(cluster.out()).contains("ACC").contains("NMI").contains("silhouette");
    JsonNode latents = JSON.readTree(run.resolve("cluster-test.json").toFile());
    assertThat(latents.get("samples").asInt()).isEqualTo(500);
    assertThat(latents.get("k").asInt()).isEqualTo(10);
    // ten digits: random cluster ids score 0.16 ACC (at most 0.18) and 0.04 NMI (at most 0.05) on 500 samples
    // (200 simulated draws); this short run (1,350 samples, 6 epochs) is far from converged, so only ask for
    // clearly better than that
    assertThat(latents.get("accuracy").asDouble()).isBetween(0.25, 1.0);
    assertThat(latents.get("nmi").asDouble()).isBetween(0.1, 1.0);
    assertThat(latents.get("silhouette").asDouble()).isBetween(-1.0, 1.0);

    Cli pixels = Cli.run("cluster", run.toString(), "--on", "inputs", "--split", "train", "--k", "5");
    assertThat(pixels.exit()).as(pixels.err()).isZero();
    JsonNode inputs = JSON.readTree(run.resolve("cluster-train-inputs.json").toFile());
    assertThat(inputs.get("k").asInt()).isEqualTo(5);
    assertThat(inputs.get("samples").asInt()).isEqualTo(1500);

    Cli classify = Cli.run("classify", run.toString());
    assertThat(classify.exit()).as(classify.err()).isZero();
    JsonNode acc = JSON.readTree(run.resolve("classify-test.json").toFile()).get("test_accuracy");
    assertThat(acc.size()).isEqualTo(4);
    // every classifier reads digits from the codes far better than the 10% of guessing
    acc.forEach(a -> assertThat(a.asDouble()).isBetween(0.3, 1.0));

    Cli bad = Cli.run("cluster", run.toString(), "--on", "pixels");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--on must be latents or inputs");
  }
}
