package io.sae.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.lab.export.ExportOptions;
import io.sae.lab.export.ExportedSignature;
import io.sae.lab.export.ExportedTensor;
import io.sae.lab.morph.MorphOptions;
import io.sae.lab.sample.SampleOptions;
import io.sae.lab.suggest.SuggestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The option records of suggest-labels, morph, sample and export: their defaults and the bad input they refuse. */
class OptionsTest {

  @Test
  void suggestNeedsAtLeastOneSample() {
    assertThat(SuggestOptions.defaults().count()).isEqualTo(100);
    assertThatThrownBy(() -> new SuggestOptions(0, null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("--count must be at least 1, got 0");
  }

  @Test
  void morphNeedsTwoStepsAndASample() {
    MorphOptions d = MorphOptions.of("3", "8");
    assertThat(d.steps()).isEqualTo(8);
    assertThat(d.count()).isEqualTo(8);
    assertThatThrownBy(() -> new MorphOptions("3", "8", 1, 8, null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("--steps must be at least 2 and --count at least 1");
    assertThatThrownBy(() -> new MorphOptions("3", "8", 8, 0, null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void sampleTakesAClassOrAClusterAndABoundedCount() {
    assertThat(SampleOptions.defaults().count()).isEqualTo(16);
    assertThatThrownBy(() -> new SampleOptions("1", 1, 16, null, null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("give --class or --cluster, not both");
    assertThatThrownBy(() -> new SampleOptions(null, null, 1001, null, null)).hasMessage("--count must be in 1..1000, got 1001");
    assertThatThrownBy(() -> new SampleOptions(null, null, 0, null, null)).hasMessage("--count must be in 1..1000, got 0");
  }

  @Test
  void exportRefusesAnExistingVersionUnlessForced(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp.resolve("1"));
    assertThat(ExportOptions.of(tmp).version()).isEqualTo(1);
    assertThatThrownBy(() -> ExportOptions.of(tmp).checkTarget()).isInstanceOf(InvalidInputException.class).hasMessageContaining("--force");
    assertThat(new ExportOptions(tmp, 1, true).checkTarget()).isEqualTo(tmp.resolve("1"));
    assertThat(new ExportOptions(tmp, 2, false).checkTarget()).isEqualTo(tmp.resolve("2"));
  }

  @Test
  void signaturesDescribeTheirTensors() {
    ExportedSignature s = new ExportedSignature("classify", List.of(new ExportedTensor("x", "float", "[-1, 784]")),
        List.of(new ExportedTensor("classes", "int64", "[-1]"), new ExportedTensor("scores", "float", "[-1, 10]")));
    assertThat(s.describeInputs()).isEqualTo("x float[-1, 784]");
    assertThat(s.describeOutputs()).isEqualTo("classes int64[-1], scores float[-1, 10]");
  }
}
