package io.sae.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.data.LabelSelection;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainingTest {
  @Test
  void defaultsAreThoseOfSaeTrain() {
    Training t = Training.of("ae");
    assertThat(t.labels()).isEqualTo(LabelSelection.ALL);
    assertThat(t.validation()).isEqualTo(0.1);
    assertThat(t.latent()).isEqualTo(10);
    assertThat(t.epochs()).isEqualTo(10);
    assertThat(t.batchSize()).isEqualTo(128);
    assertThat(t.learningRate()).isEqualTo(0.001);
    assertThat(t.seed()).isEqualTo(1);
    assertThat(t.architecture()).isNull();
  }

  @Test
  void withersCopyAndLeaveTheBaseAlone() {
    Training base = Training.of("sae").dataset("mnist").labels(600);
    Training more = base.set("gamma", 0.5).epochs(20);
    assertThat(base.options()).isEmpty();
    assertThat(base.epochs()).isEqualTo(10);
    assertThat(more.options()).containsEntry("gamma", "0.5");
    assertThat(more.labels()).isEqualTo(600);
  }

  @Test
  void commandLineIsWhatAUserWouldType() {
    Training t = Training.of("sae").dataset("mnist").grouping("mnist-abc").labels(600).set("gamma", 0.5).architecture("dense")
        .epochs(5).seed(3).limit(2000, 500).into(Path.of("runs/x"));
    assertThat(String.join(" ", t.commandLine())).isEqualTo(
        "train --dataset mnist --grouping mnist-abc --labels 600 --method sae --set gamma=0.5 --arch dense --epochs 5 --seed 3"
            + " --limit 2000,500 --out runs/x");
  }

  @Test
  void badCountsAreRefused() {
    assertThatThrownBy(() -> Training.of("ae").labels(0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("--labels");
    assertThatThrownBy(() -> Training.of(" ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("method");
  }
}
