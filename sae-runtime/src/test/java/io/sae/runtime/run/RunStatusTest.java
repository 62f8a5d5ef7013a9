package io.sae.runtime.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStatusTest {
  @Test
  void stateIsWrittenAndReadInLowerCase(@TempDir Path tmp) throws Exception {
    RunDirectory run = new RunDirectory(Files.createDirectories(tmp.resolve("r")));
    run.writeStatus(new RunStatus(RunStatus.State.FAILED, 2, 5, -1, "last epoch", "boom", "t"));
    assertThat(Files.readString(run.statusFile())).contains("\"state\" : \"failed\"");
    RunStatus back = run.readStatus();
    assertThat(back.state()).isEqualTo(RunStatus.State.FAILED);
    assertThat(back.complete()).isFalse();
    assertThat(back.epochsDone()).isEqualTo(2);
  }

  @Test
  void anUnknownStateIsACorruptFile(@TempDir Path tmp) throws Exception {
    RunDirectory run = new RunDirectory(Files.createDirectories(tmp.resolve("r")));
    Files.writeString(run.statusFile(), "{\"state\":\"done\"}");
    assertThatThrownBy(run::readStatus).isInstanceOf(InvalidInputException.class).hasMessageContaining("status.json is not valid");
  }
}
