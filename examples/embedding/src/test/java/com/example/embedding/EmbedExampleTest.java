package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.IdxReader;
import io.sae.data.io.NpyWriter;
import io.sae.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example on a small MNIST model: from its run folder, from its export, and through main(). */
class EmbedExampleTest {
  private static final String CACHE = System.getProperty("sae.cache.dir");
  @TempDir static Path tmp;
  static Path run;
  static Path export;
  static FloatMatrix x;

  static void sae(String... args) {
    StringWriter err = new StringWriter();
    String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--cache-dir", CACHE))
        .toArray(String[]::new);
    int code = Main.run(full, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
  }

  @BeforeAll
  static void trainAndExport() throws Exception {
    run = tmp.resolve("run");
    export = tmp.resolve("export");
    sae("train", "--dataset", "mnist", "--method", "ae", "--arch", "dense", "--limit", "2000,200", "--epochs", "1", "--out", run.toString());
    sae("export", run.toString(), "--out", export.toString());
    x = IdxReader.readImages(Path.of(CACHE, "mnist", "t10k-images-idx3-ubyte")).matrix().rowRange(0, 301);
  }

  private static EmbedExample.Summary example(Path model, StringBuilder printed) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbedExample.Summary s = EmbedExample.run(model, x, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed.append(bytes.toString(StandardCharsets.UTF_8));
    return s;
  }

  @Test
  void runFolderAndExportGiveTheSameLatents() throws Exception {
    StringBuilder fromRunText = new StringBuilder();
    StringBuilder fromExportText = new StringBuilder();
    EmbedExample.Summary fromRun = example(run, fromRunText);
    EmbedExample.Summary fromExport = example(export, fromExportText);

    assertThat(fromRun.latents().rows()).isEqualTo(301);
    assertThat(fromRun.latents().cols()).isEqualTo(10);
    assertThat(fromRun.threadsAgree()).isTrue();
    assertThat(fromExport.threadsAgree()).isTrue();
    float[] a = fromRun.latents().data();
    float[] b = fromExport.latents().data();
    for (int i = 0; i < a.length; i++) {
      assertThat(Math.abs(a[i] - b[i])).isLessThanOrEqualTo(1e-6f);
    }
    // one epoch on 1,800 samples: far from the untrained ~0.45, not yet good
    assertThat(fromRun.rmse()).isBetween(0.05, 0.35);
    assertThat(Math.abs(fromRun.rmse() - fromExport.rmse())).isLessThan(1e-6);
    // the run folder has no SVM weights; the export carries the SVM 'sae export' fitted
    assertThat(fromRun.classification()).isNull();
    assertThat(fromRunText).contains("no classify");
    assertThat(fromExport.classification().classes()).hasSize(301);
    assertThat(fromExportText).contains("4 threads: same latents as one call").contains("classified: [");
  }

  @Test
  void mainReadsAnNpyFile() throws Exception {
    Path npy = tmp.resolve("x.npy");
    NpyWriter.writeMatrix(npy, x);
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbedExample.main(new String[] {export.toString(), npy.toString()});
    } finally {
      System.setOut(saved);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("model ae: 784 values per sample -> latent 10").contains("encoded 301 samples");
  }
}
