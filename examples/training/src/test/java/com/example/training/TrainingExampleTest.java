package com.example.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example on MNIST's first 4,000 training images, as a user would. */
class TrainingExampleTest {
  private static final Path MNIST = Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"), "mnist");

  @Test
  void trainsEvaluatesAndPrintsATestError(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TrainingExample.Summary s = TrainingExample.run(MNIST.resolve("train-images-idx3-ubyte"), MNIST.resolve("train-labels-idx1-ubyte"), tmp,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    // 600 labels, 5 epochs of a dense SAE: far better than chance (0.9), not yet at the full-data numbers
    assertThat(s.svmTestError()).isBetween(0.05, 0.40);
    assertThat(s.methodTestError()).isBetween(0.0, 0.60);
    assertThat(s.rmse()).isBetween(0.05, 0.35);
    assertThat(s.latentShape()).containsExactly(1000, 10);
    assertThat(printed).contains("linear SVM test error").contains(String.format(java.util.Locale.ROOT, "%.2f%%", 100 * s.svmTestError()))
        .contains("memory:digits: 2,940 training samples (540 labelled, 60 validation)");
    Path run = tmp.resolve("sae-digits");
    assertThat(Files.readString(run.resolve("config.json"))).contains("\"dataset\" : \"memory:digits\"");
    assertThat(run.resolve("metrics.json")).exists();
    assertThat(run.resolve("report.md")).exists();
  }
}
