package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training process killed (SIGKILL) mid-run continues with --resume from its last finished epoch. */
class ResumeAfterKillTest {

  @Test
  void killedRunResumesFromLastFinishedEpoch(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("run");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), "io.sae.cli.Main",
        "train", "--dataset", "mnist", "--arch", "dense", "--limit", "20000,1000", "--epochs", "6", "--out", run.toString(),
        "--progress", "lines", "--cache-dir", Cli.cacheDir().toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && !line.startsWith("epoch 2/6")) {
        // wait until two epochs are finished
      }
      assertThat(line).as("the training process ended before its second epoch").isNotNull();
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    var status = new ObjectMapper().readTree(run.resolve("status.json").toFile());
    assertThat(status.get("state").asText()).isEqualTo("training");
    int done = status.get("epochsDone").asInt();
    assertThat(done).isBetween(2, 5);

    Cli refused = Cli.run("evaluate", run.toString());
    assertThat(refused.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(refused.err()).contains("not complete").contains("--resume");

    Cli resumed = Cli.run("train", "--resume", run.toString(), "--progress", "lines");
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("training epochs " + (done + 1) + "-6 of 6").doesNotContain("epoch 1/6");
    assertThat(Files.readAllLines(run.resolve("history.csv"))).hasSize(7);
    assertThat(new ObjectMapper().readTree(run.resolve("status.json").toFile()).get("state").asText()).isEqualTo("complete");
  }
}
