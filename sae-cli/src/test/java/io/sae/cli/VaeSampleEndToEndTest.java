package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper-004 methods through the CLI on a slice of MNIST: train, evaluate (BCE, own read-out) and sample. */
class VaeSampleEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path train(Path tmp, String method, int epochs) {
    Path run = tmp.resolve(method);
    Cli c = Cli.run("train", "--dataset", "mnist", "--method", method, "--arch", "dense", "--latent", "12", "--limit", "1500,500",
        "--validation", "0", "--epochs", String.valueOf(epochs), "--out", run.toString(), "--progress", "lines");
    assertThat(c.exit()).as(c.err()).isZero();
    return run;
  }

  @Test
  void lambdaHotEvaluatesAndSamplesByClass(@TempDir Path tmp) throws Exception {
    Path run = train(tmp, "lambda-hot-vae", 4);
    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode m = JSON.readTree(run.resolve("metrics.json").toFile());
    // 784 values guessed at 0.5 cost 784 ln 2 = 543 per image; a trained decoder does far better
    assertThat(m.get("test_reconstruction_bce").asDouble()).isBetween(50.0, 400.0);
    assertThat(m.get("method_classifier").asText()).startsWith("argmax of the first 10");
    // ten digits: guessing is right 10% of the time; the lambda-hot prior makes the first 10 dims readable early
    assertThat(1 - m.get("method_classifier_test_error").asDouble()).isGreaterThan(0.4);

    Path a = tmp.resolve("a.png");
    Path b = tmp.resolve("b.png");
    assertThat(Cli.run("sample", run.toString(), "--class", "3", "--count", "4", "--out", a.toString()).exit()).isZero();
    assertThat(Cli.run("sample", run.toString(), "--class", "3", "--count", "4", "--out", b.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)); // same seed, same samples
    Cli all = Cli.run("sample", run.toString(), "--count", "3");
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.out()).contains("10 x 3 samples (one row per class)");
    assertThat(run.resolve("samples.png")).isRegularFile();

    Cli wrong = Cli.run("sample", run.toString(), "--cluster", "0");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("--cluster needs a method with cluster priors").contains("use --class");
    Cli unknown = Cli.run("sample", run.toString(), "--class", "x");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown class 'x'");
  }

  @Test
  void kmeansSamplesByClusterAndCvaeByLabel(@TempDir Path tmp) throws Exception {
    Path km = train(tmp, "kmeans-vae", 1);
    Cli cluster = Cli.run("sample", km.toString(), "--cluster", "9", "--count", "2");
    assertThat(cluster.exit()).as(cluster.err()).isZero();
    assertThat(km.resolve("samples-cluster-9.png")).isRegularFile();
    assertThat(Cli.run("sample", km.toString(), "--cluster", "10").err()).contains("out of range 0..9");
    assertThat(Cli.run("sample", km.toString(), "--class", "1").exit()).isEqualTo(2);

    Path cvae = train(tmp, "cvae", 1);
    Cli eval = Cli.run("evaluate", cvae.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("test reconstruction BCE");
    Cli byLabel = Cli.run("sample", cvae.toString(), "--class", "1", "--count", "2");
    assertThat(byLabel.exit()).as(byLabel.err()).isZero();
    Cli encode = Cli.run("encode", cvae.toString(), "--out", tmp.resolve("z.npy").toString());
    assertThat(encode.exit()).isEqualTo(2);
    assertThat(encode.err()).contains("label-conditioned");

    Path ae = tmp.resolve("ae");
    assertThat(Cli.run("train", "--dataset", "mnist", "--method", "ae", "--arch", "dense", "--limit", "300,100", "--epochs", "1",
        "--out", ae.toString()).exit()).isZero();
    Cli notVariational = Cli.run("sample", ae.toString());
    assertThat(notVariational.exit()).isEqualTo(2);
    assertThat(notVariational.err()).contains("not a variational autoencoder");
  }
}
