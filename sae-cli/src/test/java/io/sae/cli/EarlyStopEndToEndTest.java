package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sae train --early-stop}: stops when the metric has not improved for the patience, keeps the best epoch, and a
 * run killed with SIGKILL and resumed stops at the same epoch with the same weights as one that ran through.
 */
class EarlyStopEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // 900 labelled training samples, 100 for validation: val_accuracy levels off well before 60 epochs
  private static final List<String> TRAIN = List.of("train", "--dataset", "mnist", "--method", "classifier", "--labels", "1000", "--arch",
      "dense", "--limit", "3000,300", "--epochs", "60", "--early-stop", "val_accuracy:3", "--seed", "2", "--progress", "lines");

  @Test
  void stopsKeepsTheBestEpochAndAKilledRunStopsAtTheSameEpoch(@TempDir Path tmp) throws Exception {
    Path through = tmp.resolve("through");
    Cli a = Cli.run(with(TRAIN, "--out", through.toString()));
    assertThat(a.exit()).as(a.err()).isZero();
    List<String> history = Files.readAllLines(through.resolve("history.csv"));
    int epochs = history.size() - 1;
    assertThat(epochs).isBetween(4, 59);
    assertThat(a.out()).contains("stopped early after epoch " + epochs + ": val_accuracy did not improve for 3 epochs after epoch " + (epochs - 3));
    double[] accuracy = column(history, "val_accuracy");
    int best = 0;
    for (int e = 1; e < accuracy.length; e++) {
      best = accuracy[e] > accuracy[best] ? e : best;
    }
    assertThat(best).isEqualTo(epochs - 4); // 0-based: the patience counts the epochs after the best one
    JsonNode status = JSON.readTree(through.resolve("status.json").toFile());
    assertThat(status.get("state").asText()).isEqualTo("complete");
    assertThat(status.get("epochsDone").asInt()).isEqualTo(epochs);
    assertThat(status.get("selectedEpoch").asInt()).isEqualTo(best);
    assertThat(status.get("message").asText()).startsWith("stopped early: val_accuracy");
    assertThat(JSON.readTree(through.resolve("config.json").toFile()).get("earlyStop").asText()).isEqualTo("val_accuracy:3");

    Path killed = tmp.resolve("killed");
    killAfter(with(TRAIN, "--out", killed.toString()), "epoch 3/60");
    assertThat(JSON.readTree(killed.resolve("status.json").toFile()).get("state").asText()).isEqualTo("training");
    Cli resumed = Cli.run("train", "--resume", killed.toString(), "--progress", "lines");
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("stopped early after epoch " + epochs + ":");
    assertThat(Files.readAllLines(killed.resolve("history.csv"))).hasSize(epochs + 1);
    assertThat(sha256(killed.resolve("model/weights.bin"))).isEqualTo(sha256(through.resolve("model/weights.bin")));
    assertThat(JSON.readTree(killed.resolve("status.json").toFile()).get("selectedEpoch").asInt()).isEqualTo(best);

    // killed after the stopping epoch's checkpoint but before the run was marked complete: finished without another epoch
    Path cut = tmp.resolve("cut");
    copyTree(through, cut);
    Files.delete(cut.resolve("model/weights.bin"));
    Files.writeString(cut.resolve("status.json"), Files.readString(cut.resolve("status.json")).replace("\"complete\"", "\"training\""));
    Cli finished = Cli.run("train", "--resume", cut.toString(), "--progress", "lines");
    assertThat(finished.exit()).as(finished.err()).isZero();
    assertThat(finished.out()).contains("stopped early after epoch " + epochs + ":").doesNotContain("epoch " + (epochs + 1) + "/60");
    assertThat(sha256(cut.resolve("model/weights.bin"))).isEqualTo(sha256(through.resolve("model/weights.bin")));

    Cli again = Cli.run("train", "--resume", through.toString());
    assertThat(again.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(again.err()).contains("stopped early after epoch " + epochs).contains("nothing to resume");
  }

  /** sae has no classifier head: it keeps its best epoch by the nearest-class-mean accuracy (a patience of --epochs never stops it). */
  @Test
  void saeKeepsItsBestEpochByTheNearestMeanAccuracyOnlyWhenAsked(@TempDir Path tmp) throws Exception {
    List<String> sae = List.of("train", "--dataset", "mnist", "--method", "sae", "--labels", "300", "--arch", "dense", "--limit", "1000,200",
        "--epochs", "4", "--seed", "3");
    Cli best = Cli.run(with(sae, "--early-stop", "val_nearest_mean_accuracy:4", "--out", tmp.resolve("best").toString()));
    assertThat(best.exit()).as(best.err()).isZero();
    List<String> history = Files.readAllLines(tmp.resolve("best/history.csv"));
    assertThat(history).hasSize(5);
    double[] acc = column(history, "val_nearest_mean_accuracy");
    int argmax = 0;
    for (int e = 1; e < acc.length; e++) {
      argmax = acc[e] > acc[argmax] ? e : argmax;
    }
    assertThat(java.util.Arrays.stream(acc).boxed().toList()).allSatisfy(a -> assertThat(a).isBetween(0.0, 1.0));
    JsonNode status = JSON.readTree(tmp.resolve("best/status.json").toFile());
    assertThat(status.get("selectedEpoch").asInt()).isEqualTo(argmax);
    assertThat(status.get("selection").asText()).isEqualTo("best val_nearest_mean_accuracy");
    // not asked for: not computed (it costs an encoding of the labelled samples every epoch)
    Cli last = Cli.run(with(sae, "--out", tmp.resolve("last").toString()));
    assertThat(last.exit()).as(last.err()).isZero();
    assertThat(Files.readAllLines(tmp.resolve("last/history.csv")).getFirst()).doesNotContain("val_nearest_mean_accuracy");
  }

  @Test
  void aMetricTheRunDoesNotHaveOrAConflictIsRefused(@TempDir Path tmp) {
    Cli noSuchMetric = Cli.run("train", "--dataset", "mnist", "--method", "ae", "--arch", "dense", "--limit", "500,100", "--epochs", "3",
        "--early-stop", "val_accuracy:2", "--out", tmp.resolve("ae").toString());
    assertThat(noSuchMetric.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(noSuchMetric.err()).contains("--early-stop val_accuracy: this run reports no such metric (it has val_reconstruction_rmse");
    assertThat(tmp.resolve("ae")).doesNotExist(); // refused before the run folder was made
    Cli notValidation = Cli.run("train", "--dataset", "mnist", "--early-stop", "loss:2", "--out", tmp.resolve("x").toString());
    assertThat(notValidation.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(notValidation.err()).contains("early stopping watches a validation metric");
    Cli withResume = Cli.run("train", "--resume", tmp.resolve("other").toString(), "--early-stop", "val_reconstruction_rmse:2");
    assertThat(withResume.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(withResume.err()).contains("--early-stop is recorded when a run starts");
  }

  private static String[] with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }

  /** Runs {@code sae ARGS} in another JVM and kills it (SIGKILL) once it printed a line starting with {@code line}. */
  private static void killAfter(String[] args, String line) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        "io.sae.cli.Main"));
    cmd.addAll(Arrays.asList(args));
    cmd.addAll(List.of("--cache-dir", Cli.cacheDir().toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String read;
      while ((read = r.readLine()) != null && !read.startsWith(line)) {
        // wait for the line
      }
      assertThat(read).as("the training process ended before printing '" + line + "'").isNotNull();
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static double[] column(List<String> csv, String name) {
    int c = Arrays.asList(csv.getFirst().split(",")).indexOf(name);
    return csv.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[c])).toArray();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
