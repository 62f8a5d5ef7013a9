package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {
  @TempDir Path dir;

  @Test
  void capturesOutputAndExitCodeInTheWorkingDirectory() throws IOException {
    Files.writeString(dir.resolve("here.txt"), "x");
    ProcessRunner.Result r = ProcessRunner.run(List.of("sh", "-c", "ls; echo oops >&2; exit 3"), dir, Duration.ofSeconds(20));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.output()).contains("here.txt").contains("oops");
    assertThat(r.tail(1)).isEqualTo("oops");
  }

  @Test
  void runCheckedReportsTheFailureWithTheEndOfTheOutput() {
    assertThatThrownBy(() -> ProcessRunner.runChecked(List.of("sh", "-c", "echo one; echo two; echo three; echo four; exit 2"), dir, Duration.ofSeconds(20)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("'sh -c echo one; echo two; echo three; echo four; exit 2' failed with exit code 2: two | three | four");
  }

  @Test
  void missingExecutableIsNamed() {
    assertThatThrownBy(() -> ProcessRunner.run(List.of("sae-test-no-such-tool", "pack"), dir, Duration.ofSeconds(5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("'sae-test-no-such-tool' is not on PATH (needed to run: sae-test-no-such-tool pack)");
    assertThat(ProcessRunner.findOnPath("sh")).isPresent();
  }

  @Test
  void commandsRunningPastTheTimeoutAreStopped() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> ProcessRunner.run(List.of("sleep", "30"), dir, Duration.ofMillis(300)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("'sleep 30' did not finish within 300 ms and was stopped");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
  }
}
