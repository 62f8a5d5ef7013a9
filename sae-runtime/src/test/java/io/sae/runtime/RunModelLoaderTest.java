package io.sae.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.model.SaeModel;
import io.sae.runtime.run.RunModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders that cannot be opened are refused with the reason. (Opening good runs: ExportCommandTest, examples/embedding.) */
class RunModelLoaderTest {
  private static final String FACTS = "\"facts\":{\"dataset\":\"d\",\"sampleShape\":[4],\"classNames\":[\"a\",\"b\"],"
      + "\"trainSize\":10,\"labeledPerClass\":[5,5],\"validationSize\":0}";

  private static Path run(Path dir, String method, String state) throws Exception {
    Files.createDirectories(dir.resolve("model"));
    Files.writeString(dir.resolve("config.json"),
        "{\"method\":\"" + method + "\",\"options\":{}," + FACTS + ",\"architecture\":\"dense:8\",\"latent\":2,\"seed\":1,\"epochs\":1}");
    Files.writeString(dir.resolve("status.json"), "{\"state\":\"" + state + "\"}");
    return dir;
  }

  @Test
  void incompleteRun(@TempDir Path tmp) throws Exception {
    Path r = run(tmp.resolve("r"), "ae", "training");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not complete").hasMessageContaining("--resume");
  }

  @Test
  void methodNoPluginRegisters(@TempDir Path tmp) throws Exception {
    Path r = run(tmp.resolve("r"), "center-loss", "complete");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("method 'center-loss'").hasMessageContaining("no plugin on the classpath").hasMessageContaining("ae");
  }

  @Test
  void corruptWeightsAndConfig(@TempDir Path tmp) throws Exception {
    Path r = run(tmp.resolve("r"), "ae", "complete");
    Files.writeString(r.resolve("model/weights.bin"), "garbage!");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class).hasMessageContaining("weights.bin");
    Files.writeString(r.resolve("config.json"), "{\"method\": ");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class).hasMessageContaining("config.json");
    assertThat(new RunModelLoader().accepts(tmp)).isFalse();
  }
}
