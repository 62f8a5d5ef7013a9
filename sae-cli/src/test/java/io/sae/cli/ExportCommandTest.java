package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sae export}: versions, --force, refusals, and the export opened again through {@link SaeModel#load}. */
class ExportCommandTest {
  @TempDir static Path tmp;
  static Path run;

  @BeforeAll
  static void trainSmallRun() {
    run = tmp.resolve("run");
    Cli train = Cli.run("train", "--dataset", "synthetic", "--method", "ae", "--limit", "1000,200", "--epochs", "1",
        "--out", run.toString(), "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
  }

  private static void assertUserError(Cli r, String... fragments) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err().strip()).startsWith("sae: error: ").doesNotContain("\n");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  @Test
  void versionsAreKeptUnlessForcedAndLoadTheHighest() throws Exception {
    Path out = tmp.resolve("versions");
    assertThat(Cli.run("export", run.toString(), "--out", out.toString()).exit()).isZero();
    assertUserError(Cli.run("export", run.toString(), "--out", out.toString()), out.resolve("1").toString(), "already exists", "--force");
    Cli forced = Cli.run("export", run.toString(), "--out", out.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Cli.run("export", run.toString(), "--out", out.toString(), "--version", "2").exit()).isZero();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("1", "2");
    }
    assertUserError(Cli.run("export", run.toString(), "--out", out.toString(), "--version", "0"), "positive");

    // the export folder and the run folder give the same latents through the Java API
    FloatMatrix x = uniform(20, 300, 4);
    try (SaeModel fromExport = SaeModel.load(out); SaeModel fromRun = SaeModel.load(run)) {
      assertThat(fromExport.getClass().getSimpleName()).isEqualTo("SavedModelSaeModel");
      assertThat(fromRun.getClass().getSimpleName()).isEqualTo("TfModel");
      assertThat(fromExport.info().classNames()).isEqualTo(fromRun.info().classNames());
      float[] a = fromExport.encode(x).data();
      float[] b = fromRun.encode(x).data();
      for (int i = 0; i < a.length; i++) {
        assertThat(Math.abs(a[i] - b[i])).isLessThanOrEqualTo(1e-6f);
      }
      // the run folder alone holds no SVM weights; the export fitted and carries them
      assertThat(fromRun.canClassify()).isFalse();
      assertThat(fromExport.canClassify()).isTrue();
      assertThat(fromExport.classify(x).scores().cols()).isEqualTo(2);
      // SVM scores are decision values, not probabilities: no softmax head to report
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> fromExport.classProbabilities(x))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  private static FloatMatrix uniform(int rows, int cols, long seed) {
    java.util.Random r = new java.util.Random(seed);
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextFloat();
    }
    return new FloatMatrix(rows, cols, v);
  }

  @Test
  void refusesWhatIsNotACompleteRun() throws Exception {
    assertUserError(Cli.run("export", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("e1").toString()), "not a run folder");
    Path incomplete = tmp.resolve("incomplete");
    Files.createDirectories(incomplete);
    Files.copy(run.resolve("config.json"), incomplete.resolve("config.json"));
    Files.writeString(incomplete.resolve("status.json"),
        "{\"state\":\"training\",\"epochsDone\":0,\"epochs\":1,\"selectedEpoch\":-1,\"selection\":\"last\",\"message\":\"\",\"updated\":\"x\"}");
    assertUserError(Cli.run("export", incomplete.toString(), "--out", tmp.resolve("e2").toString()), "not complete", "--resume");
    assertThat(tmp.resolve("e2")).doesNotExist();
  }

  @Test
  void helpNamesTheSignatures() {
    Cli help = Cli.run("export", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("serving_default", "decode", "reconstruct", "classify", "--version", "--force", "--plugins");
  }
}
