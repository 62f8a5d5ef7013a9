package io.sae.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.training.EpochContext;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
  private static History history(String metric, double... values) {
    List<EpochMetrics> epochs = new ArrayList<>();
    for (int e = 0; e < values.length; e++) {
      epochs.add(new EpochMetrics(e, Map.of("loss", 1.0, metric, values[e]), 1, 0, 10));
    }
    return new History(epochs);
  }

  @Test
  void errorsAreMinimisedAndStopAfterPatienceEpochsWithoutImprovement() {
    EarlyStopping s = EarlyStopping.parse("val_reconstruction_rmse:2");
    assertThat(s.maximize()).isFalse();
    // best 0.30 at epoch 2 (0-based 1); epochs 3 and 4 do not improve: 2 epochs after the best -> stop
    assertThat(s.stopReason(history("val_reconstruction_rmse", 0.40, 0.30, 0.35))).isEmpty();
    assertThat(s.stopReason(history("val_reconstruction_rmse", 0.40, 0.30, 0.35, 0.31)))
        .contains("val_reconstruction_rmse did not improve for 2 epochs after epoch 2");
    // equal is not better: the first of equal values stays the best
    assertThat(s.bestEpoch(history("val_reconstruction_rmse", 0.40, 0.30, 0.30))).isEqualTo(1);
  }

  @Test
  void accuraciesAreMaximised() {
    EarlyStopping s = new EarlyStopping("val_accuracy", 1);
    assertThat(s.maximize()).isTrue();
    assertThat(s.bestEpoch(history("val_accuracy", 0.5, 0.7, 0.6))).isEqualTo(1);
    assertThat(s.stopReason(history("val_accuracy", 0.5, 0.7, 0.6))).contains("val_accuracy did not improve for 1 epoch after epoch 2");
    assertThat(s.stopReason(history("val_accuracy", 0.5, 0.7, 0.8))).isEmpty();
    assertThat(s.stopReason(History.empty())).isEmpty();
  }

  @Test
  void badSettingsAndMissingMetricsAreNamed() {
    assertThatThrownBy(() -> EarlyStopping.parse("val_accuracy")).isInstanceOf(InvalidInputException.class).hasMessageContaining("METRIC:PATIENCE");
    assertThatThrownBy(() -> EarlyStopping.parse("val_accuracy:x")).isInstanceOf(InvalidInputException.class).hasMessageContaining("whole number");
    assertThatThrownBy(() -> EarlyStopping.parse("loss:3")).isInstanceOf(InvalidInputException.class).hasMessageContaining("validation metric");
    assertThatThrownBy(() -> EarlyStopping.parse("val_accuracy:0")).isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 1");
    EarlyStopping s = EarlyStopping.parse("val_accuracy:3");
    assertThatThrownBy(() -> s.bestEpoch(history("val_reconstruction_rmse", 0.4)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("epoch 1 has no such metric").hasMessageContaining("val_reconstruction_rmse");
    assertThat(s).hasToString("val_accuracy:3");
  }
}
