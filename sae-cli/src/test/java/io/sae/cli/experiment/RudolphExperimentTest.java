package io.sae.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.cli.Main;
import io.sae.lab.experiment.RunMetrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rudolph experiment end to end on a small slice of real MNIST (numbers at this scale mean nothing). */
class RudolphExperimentTest {
  private static final String CACHE = System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae");

  private static String[] command(Path out) {
    return new String[] {"experiment", "rudolph", "--out", out.toString(), "--parts", "labels,confidence,guided", "--labels", "300", "--gamma-labels", "300", "--limit", "1000,300",
        "--epochs", "1", "--classifier-epochs", "1", "--classifier-steps", "0", "--guided-start", "300", "--guided-add", "20",
        "--guided-epochs", "1", "--guided-seeds", "1", "--cache-dir", CACHE};
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
    return new String[] {String.valueOf(code), out.toString()};
  }

  @Test
  void runsThePartsWritesTheReportAndReusesFinishedRuns(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("exp");
    String[] first = run(command(out));
    assertThat(first[0]).as(first[1]).isEqualTo("0");
    String report = Files.readString(out.resolve("rudolph.md"));
    assertThat(report).contains("| 300 | 270 |").contains("guided labelling from 300 labels").contains("label-sweep-mnist-abc.png");
    assertThat(out.resolve("label-sweep-mnist-abc.png")).isRegularFile();
    assertThat(report).contains("decision confidence (Section 3.4)").contains("Made by `sae experiment rudolph --out ")
        .doesNotContain("--cache-dir");
    assertThat(out.resolve("confidence-sae-L300.png")).isRegularFile();
    assertThat(out.resolve("confidence-classifier-L300.png")).isRegularFile();
    // ae, aae, vae, sae, sae keeping its best validation epoch, its gamma-0 control, classifier, and the three continuations
    // (suggest-labels is no run)
    assertThat(report).contains("10 runs,").contains("| AE + SVM | AAE + SVM | VAE + SVM |").contains("| paired gamma-0 RMSE | vs paired |");
    Map<String, Object> results = RunMetrics.read(out.resolve("results.json")).values();
    assertThat(results).containsKeys("epochs", "seed", "mnist-abc: test error by number of labels (Fig. 6)");
    @SuppressWarnings("unchecked")
    Map<String, Object> row = (Map<String, Object>) ((Map<String, Object>) results.get("mnist-abc: test error by number of labels (Fig. 6)")).get("300");
    assertThat(row).containsKeys("ae_svm_test_error", "aae_svm_test_error", "vae_svm_test_error");
    // the control is the sae run at gamma 0 on the same samples: its own metrics are what the row reports
    Map<String, Object> control = RunMetrics.read(out.resolve("runs/sae-mnist-abc-L300-g0-e1-s1/metrics.json")).values();
    assertThat(row.get("paired_gamma0_test_rmse")).isEqualTo(control.get("test_reconstruction_rmse"));
    assertThat(control.get("labelled_training_samples")).isEqualTo(270);
    Map<String, Object> best = RunMetrics.read(out.resolve("runs/sae-mnist-abc-L300-g0.5-e1-s1-vbest/metrics.json")).values();
    assertThat(row.get("sae_best_epoch_svm_test_error")).isEqualTo(best.get("linear_svm_test_error"));
    assertThat(Files.readString(out.resolve("runs/sae-mnist-abc-L300-g0.5-e1-s1-vbest/status.json"))).contains("best val_nearest_mean_accuracy");

    // guided and random picks: 20 unlabelled training samples each; the continued runs train on 270 + 20 labels
    Path picks = out.resolve("guided").resolve("sae-mnist-abc-L300-g0.5-e1-s1");
    List<Integer> random = column(picks.resolve("random.csv"), 0);
    List<Integer> guided = column(picks.resolve("suggestions.csv"), 1);
    assertThat(random).hasSize(20).doesNotHaveDuplicates();
    assertThat(guided).hasSize(20).doesNotHaveDuplicates();
    Map<String, Object> base = RunMetrics.read(out.resolve("runs/sae-mnist-abc-L300-g0.5-e1-s1/metrics.json")).values();
    Map<String, Object> plusRandom = RunMetrics.read(out.resolve("runs/sae-mnist-abc-L300-g0.5-e1-s1-then-random20-e1/metrics.json")).values();
    Map<String, Object> plusNone = RunMetrics.read(out.resolve("runs/sae-mnist-abc-L300-g0.5-e1-s1-then-none-e1/metrics.json")).values();
    assertThat(base.get("labelled_training_samples")).isEqualTo(270);
    assertThat(plusRandom.get("labelled_training_samples")).isEqualTo(290);
    assertThat(plusNone.get("labelled_training_samples")).isEqualTo(270);
    assertThat(Files.readString(out.resolve("commands.txt"))).contains("sae suggest-labels").contains("--init-from");

    // started again: every run is reused and the tables come out the same
    String[] second = run(command(out));
    assertThat(second[0]).as(second[1]).isEqualTo("0");
    assertThat(second[1]).contains("done before, reused").doesNotContainPattern("\\d s\\R");
    String again = Files.readString(out.resolve("rudolph.md"));
    assertThat(tables(again)).isEqualTo(tables(report));
  }

  /** The synthetic row takes its own gamma (the paper's vector data needed a far smaller one) and reports both epoch choices. */
  @Test
  @SuppressWarnings("unchecked")
  void syntheticRowTakesItsOwnGammaAndReportsTheBestValidationEpoch(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("exp");
    String[] r = run("experiment", "rudolph", "--out", out.toString(), "--parts", "synthetic", "--synthetic-labels", "300", "--synthetic-epochs", "2",
        "--synthetic-gamma", "0.004", "--weighting", "eq3", "--limit", "1000,300", "--classifier-epochs", "1", "--classifier-steps", "0",
        "--cache-dir", CACHE);
    assertThat(r[0]).as(r[1]).isEqualTo("0");
    assertThat(Files.readString(out.resolve("rudolph-eq3.md"))).contains("sae gamma 0.004").contains("| SAE + SVM, best validation epoch |");
    Map<String, Object> best = RunMetrics.read(out.resolve("runs/sae-synthetic-L300-g0.004-weq3-e2-s1-vbest/metrics.json")).values();
    Map<String, Object> section = (Map<String, Object>) RunMetrics.read(out.resolve("results-eq3.json")).values()
        .get("Synthetic hidden-structure vectors (not real data; stands in for the 3D body shapes)");
    Map<String, Object> row = (Map<String, Object>) section.get("synthetic");
    assertThat(row.get("sae_best_epoch_svm_test_error")).isEqualTo(best.get("linear_svm_test_error"));
    assertThat(row.get("sae_best_epoch_kept_epoch")).isEqualTo(best.get("selected_epoch"));
    assertThat(Files.readString(out.resolve("runs/sae-synthetic-L300-g0.004-weq3-e2-s1/config.json"))).contains("0.004");
  }

  /** Both weightings in one folder: eq3's sae run, report and plot are its own; the ae and classifier runs are shared. */
  @Test
  void eq3WeightingRunsBesideTheDefaultSharingItsBaselines(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("exp");
    List<String> base = List.of("experiment", "rudolph", "--out", out.toString(), "--parts", "labels", "--labels", "300", "--limit", "1000,300",
        "--epochs", "1", "--classifier-epochs", "1", "--classifier-steps", "0", "--cache-dir", CACHE);
    String[] batchMeans = run(base.toArray(String[]::new));
    assertThat(batchMeans[0]).as(batchMeans[1]).isEqualTo("0");
    List<String> eq3Args = new ArrayList<>(base);
    eq3Args.addAll(List.of("--weighting", "eq3"));
    String[] eq3 = run(eq3Args.toArray(String[]::new));
    assertThat(eq3[0]).as(eq3[1]).isEqualTo("0");
    for (String shared : List.of("ae-mnist-Lall-e1-s1", "aae-mnist-Lall-e1-s1", "vae-mnist-Lall-e1-s1", "sae-mnist-abc-L300-g0-e1-s1",
        "classifier-mnist-abc-L300-e1-s1")) {
      assertThat(eq3[1]).containsPattern(shared + " +done before, reused");
    }
    String report = Files.readString(out.resolve("rudolph-eq3.md"));
    assertThat(report).contains("weighting eq3").contains("--weighting eq3").contains("label-sweep-mnist-abc-eq3.png");
    assertThat(Files.readString(out.resolve("rudolph.md"))).contains("weighting batch-means").contains("label-sweep-mnist-abc.png");
    assertThat(out.resolve("label-sweep-mnist-abc-eq3.png")).isRegularFile();
    assertThat(RunMetrics.read(out.resolve("results-eq3.json")).values()).containsEntry("weighting", "eq3");
    assertThat(Files.readString(out.resolve("runs/sae-mnist-abc-L300-g0.5-weq3-e1-s1/config.json"))).contains("eq3");
    assertThat(Files.readString(out.resolve("runs/sae-mnist-abc-L300-g0.5-e1-s1/config.json"))).doesNotContain("eq3");
    String[] bad = run("experiment", "rudolph", "--out", tmp.resolve("bad").toString(), "--weighting", "eq4");
    assertThat(bad[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(bad[1]).contains("--weighting takes batch-means or eq3, got 'eq4'");
  }

  @Test
  void unknownPartsAndBadCountsAreUserErrors(@TempDir Path tmp) {
    String[] r = run("experiment", "rudolph", "--out", tmp.toString(), "--parts", "labels,nope");
    assertThat(r[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(r[1]).contains("unknown part 'nope'");
    r = run("experiment", "rudolph", "--out", tmp.toString(), "--labels", "0");
    assertThat(r[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(r[1]).contains("label counts must be positive");
    assertThat(tmp.resolve("rudolph.md")).doesNotExist();
  }

  @Test
  void aFailingRunStopsTheExperimentWithItsMessageAndNoReport(@TempDir Path tmp) {
    String[] r = run("experiment", "rudolph", "--out", tmp.toString(), "--parts", "labels", "--labels", "5000", "--limit", "1000,300",
        "--epochs", "1", "--cache-dir", CACHE);
    assertThat(r[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(r[1]).contains("failed (exit 2)").contains("--labels 5000 is larger than the 1000 labelled training samples");
    assertThat(tmp.resolve("rudolph.md")).doesNotExist();
    assertThat(tmp.resolve("results.json")).doesNotExist();
  }

  private static List<Integer> column(Path csv, int index) throws Exception {
    List<Integer> values = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      values.add(Integer.parseInt(line.split(",")[index]));
    }
    return values;
  }

  private static List<String> tables(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("|")).toList();
  }
}
