package io.sae.lab.experiment.wang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.runtime.data.SampleLimit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WangOptionsTest {
  @Test
  void onlyThePapersDatasetsAndALatentWithADimensionPerClass() {
    assertThatThrownBy(() -> new WangOptions(Path.of("o"), List.of("cifar"), 1, "dense", 20, 1, 10, 4, 100, SampleLimit.NONE, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("got 'cifar'");
    assertThatThrownBy(() -> new WangOptions(Path.of("o"), List.of("mnist"), 1, "dense", 5, 1, 10, 4, 100, SampleLimit.NONE, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--latent at least 10");
    WangOptions small = new WangOptions(Path.of("o"), List.of("mnist"), 1, "dense", 20, 1, 10, 4, 100, new SampleLimit(1000, 300), 1);
    assertThat(small.arguments()).containsSubsequence("--limit", "1000,300").containsSubsequence("--datasets", "mnist");
  }
}
