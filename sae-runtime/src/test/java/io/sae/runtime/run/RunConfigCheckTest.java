package io.sae.runtime.run;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigCheckTest {
  @Test
  void nullOrOutOfRangeFieldsAreNamedInsteadOfFailingLater(@TempDir Path dir) throws Exception {
    // found by the fuzzer: "options": -1 read as null and 'sae evaluate' died of a NullPointerException (exit 1)
    Files.writeString(dir.resolve("config.json"), """
        {"method": "ae", "options": null, "data": {"dataset": "mnist", "labels": -1, "validation": 0.1, "seed": 1},
         "facts": {"dataset": "mnist", "sampleShape": [4], "classNames": ["a"], "trainSize": 1, "labeledPerClass": [1], "validationSize": 0},
         "architecture": "dense:8", "latent": 0, "epochs": 1, "batchSize": 8, "learningRate": "NaN", "seed": 1}
        """);
    assertThatThrownBy(() -> new RunDirectory(dir).readConfig())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(dir.resolve("config.json") + " is not valid: missing or bad options, latent (at least 1), learningRate (a positive number)");
  }

  @Test
  void bytesJacksonTakesForUtf32AreAUserError(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("config.json"), new byte[] {0, 0, 0, '{', 'a', 'b', 'c', 'd'});
    assertThatThrownBy(() -> new RunDirectory(dir).readConfig())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(dir.resolve("config.json") + " is not valid: not UTF-8 text");
  }
}
