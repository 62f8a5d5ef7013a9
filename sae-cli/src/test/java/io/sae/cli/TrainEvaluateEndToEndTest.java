package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.data.io.NpyReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's two workflows on small slices of real MNIST, through the CLI. */
class TrainEvaluateEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void autoencoderTrainsEvaluatesAndEncodes(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("ae");
    Cli train = Cli.run("train", "--dataset", "mnist", "--method", "ae", "--arch", "dense", "--limit", "3000,1000",
        "--epochs", "3", "--out", run.toString(), "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("epoch 3/3").contains("kept the weights of epoch 3");
    assertThat(JSON.readTree(run.resolve("status.json").toFile()).get("state").asText()).isEqualTo("complete");
    assertThat(run.resolve("model/weights.bin")).isRegularFile();
    assertThat(Files.readAllLines(run.resolve("history.csv"))).hasSize(4);

    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    // an untrained sigmoid decoder outputs about 0.5 everywhere: RMSE about 0.45 on MNIST
    assertThat(metrics.get("test_reconstruction_rmse").asDouble()).isBetween(0.05, 0.3);
    // 10 classes: chance is 90% error; 3,000 samples and 3 epochs give a usable but imperfect code
    assertThat(metrics.get("linear_svm_test_error").asDouble()).isBetween(0.0, 0.6);
    assertThat(metrics.get("test_samples").asInt()).isEqualTo(1000);
    assertThat(Files.readString(run.resolve("report.md"))).contains("test reconstruction RMSE").contains("latents-pca.png");
    BufferedImage png = ImageIO.read(run.resolve("latents-pca.png").toFile());
    assertThat(png.getWidth()).isGreaterThan(100);

    Path npy = tmp.resolve("z.npy");
    Cli encode = Cli.run("encode", run.toString(), "--out", npy.toString());
    assertThat(encode.exit()).as(encode.err()).isZero();
    var z = NpyReader.read(npy);
    assertThat(z.shape()).containsExactly(1000, 10);
    assertThat(NpyReader.readLabels(tmp.resolve("z-labels.npy"))).hasSize(1000);
  }

  @Test
  void classifierOnGroupedLabelsReportsGroupErrors(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("clf");
    Cli train = Cli.run("train", "--dataset", "mnist", "--grouping", "mnist-abc", "--labels", "1000", "--method", "classifier",
        "--arch", "dense", "--limit", "5000,1000", "--epochs", "4", "--out", run.toString());
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("900 labelled").contains("best val_accuracy");
    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    assertThat(metrics.get("classes").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
    assertThat(metrics.get("method_classifier").asText()).contains("softmax head");
    // three groups: always guessing the largest group (C) errs on about 58%
    assertThat(metrics.get("method_classifier_test_error").asDouble()).isLessThan(0.25);
    assertThat(metrics.get("method_classifier_per_class_error").size()).isEqualTo(3);
    assertThat(metrics.get("softmax_confidence_ece").asDouble()).isBetween(0.0, 1.0);
    assertThat(run.resolve("reliability.png")).isRegularFile();
  }

  @Test
  void unlabelledUserCsvTrainsAndEvaluatesReconstructionOnly(@TempDir Path tmp) throws Exception {
    StringBuilder csv = new StringBuilder("a,b,c,d,e,f\n");
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < 300; i++) {
      double t = r.nextDouble();
      csv.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", t, 1 - t, t * t, 0.5, t / 2, r.nextDouble() * 0.01));
    }
    Path file = tmp.resolve("points.csv");
    Files.writeString(file, csv);
    Path run = tmp.resolve("run");
    Cli train = Cli.run("train", "--dataset", "csv:" + file, "--arch", "dense:8", "--latent", "2", "--epochs", "20",
        "--batch-size", "16", "--lr", "0.01", "--out", run.toString());
    assertThat(train.exit()).as(train.err()).isZero();
    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("classification not evaluated");
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    // one hidden factor t drives the columns: a 2-D code reconstructs them far better than the column means (~0.2)
    assertThat(metrics.get("test_reconstruction_rmse").asDouble()).isLessThan(0.1);
    assertThat(metrics.has("linear_svm_test_error")).isFalse();
    // values in [0, 1] and a sigmoid output: the binary cross-entropy is defined and reported
    assertThat(metrics.get("test_reconstruction_bce").asDouble()).isPositive();
  }

  @Test
  void binaryCrossEntropyIsNotReportedForDataOutsideTheUnitInterval(@TempDir Path tmp) throws Exception {
    StringBuilder csv = new StringBuilder("a,b,c\n");
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 200; i++) {
      double t = r.nextDouble() * 4 - 2; // in [-2, 2]: BCE against these targets would be a meaningless (negative) number
      csv.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f%n", t, -t, t * t));
    }
    Path file = tmp.resolve("signed.csv");
    Files.writeString(file, csv);
    Path run = tmp.resolve("run");
    Cli train = Cli.run("train", "--dataset", "csv:" + file, "--arch", "dense:8", "--latent", "2", "--epochs", "2", "--out", run.toString());
    assertThat(train.exit()).as(train.err()).isZero();
    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    assertThat(metrics.has("test_reconstruction_rmse")).isTrue();
    assertThat(metrics.has("test_reconstruction_bce")).isFalse();
  }

  @Test
  void structuringAutoencoderPlacesTheGroupsApart(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("sae");
    Cli train = Cli.run("train", "--dataset", "mnist", "--grouping", "mnist-abc", "--labels", "1000", "--method", "sae",
        "--set", "gamma=0.5", "--arch", "dense", "--limit", "4000,1000", "--epochs", "4", "--out", run.toString(), "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out()).contains("hook_mds_stress").contains("structure");
    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    // three groups; always answering the largest (C) errs on about 58%
    assertThat(metrics.get("linear_svm_test_error").asDouble()).isLessThan(0.25);
    assertThat(metrics.get("test_reconstruction_rmse").asDouble()).isLessThan(0.3);
    assertThat(metrics.get("linear_svm_confidence_ece").asDouble()).isBetween(0.0, 1.0);
    assertThat(Files.readString(run.resolve("report.md"))).contains("Decision confidence").contains("confidence-histogram.png");

    Cli morph = Cli.run("morph", run.toString(), "--from", "A", "--to", "C", "--steps", "5", "--count", "3");
    assertThat(morph.exit()).as(morph.err()).isZero();
    // 3 rows of input + 5 steps, 28x28 tiles enlarged twice with 1-pixel borders
    BufferedImage grid = ImageIO.read(run.resolve("morph-A-C.png").toFile());
    assertThat(grid.getWidth()).isEqualTo(6 * (28 * 2 + 1) + 1);
    assertThat(grid.getHeight()).isEqualTo(3 * (28 * 2 + 1) + 1);
    Cli unknown = Cli.run("morph", run.toString(), "--from", "A", "--to", "Z");
    assertThat(unknown.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(unknown.err()).contains("unknown class 'Z'").contains("[A, B, C]");

    Cli suggest = Cli.run("suggest-labels", run.toString(), "--count", "20");
    assertThat(suggest.exit()).as(suggest.err()).isZero();
    var lines = Files.readAllLines(run.resolve("suggestions.csv"));
    assertThat(lines).hasSize(21);
    double previous = -1;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      int index = Integer.parseInt(f[1]);
      double margin = Double.parseDouble(f[2]);
      assertThat(index).isBetween(0, 3999); // an index into the (limited) training set
      assertThat(margin).isGreaterThanOrEqualTo(previous); // most uncertain first
      previous = margin;
    }
    assertThat(run.resolve("suggestions.png")).isRegularFile();

    // guided labelling: continue from this model with the 20 suggested labels revealed
    Path more = tmp.resolve("sae-more");
    Cli again = Cli.run("train", "--dataset", "mnist", "--grouping", "mnist-abc", "--labels", "1000", "--method", "sae",
        "--set", "gamma=0.5", "--arch", "dense", "--limit", "4000,1000", "--epochs", "1", "--out", more.toString(), "--progress", "lines",
        "--add-labels", run.resolve("suggestions.csv").toString(), "--init-from", run.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("920 labelled"); // 900 training labels + 20 revealed
    assertThat(JSON.readTree(more.resolve("config.json").toFile()).get("initFrom").asText()).isEqualTo(run.toString());
    // a warm start continues where the first run ended: its first epoch's structure loss is that of a trained model
    double firstRun = JSON.readTree(run.resolve("metrics.json").toFile()).get("training").get("final").get("structure").asDouble();
    assertThat(Double.parseDouble(Files.readAllLines(more.resolve("history.csv")).get(1).split(",")[headerIndex(more, "structure")]))
        .isLessThan(firstRun * 3);

    Path bad = tmp.resolve("bad.txt");
    Files.writeString(bad, "999999\n");
    Cli outOfRange = Cli.run("train", "--dataset", "mnist", "--method", "sae", "--grouping", "mnist-abc", "--labels", "1000",
        "--limit", "4000,1000", "--add-labels", bad.toString(), "--out", tmp.resolve("never").toString());
    assertThat(outOfRange.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(outOfRange.err()).contains("index 999999 is outside the training set");
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  private static int headerIndex(Path run, String column) throws java.io.IOException {
    return java.util.Arrays.asList(Files.readAllLines(run.resolve("history.csv")).getFirst().split(",")).indexOf(column);
  }
}
