package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StopOnNaNTest {
  private final StopOnNaN stop = new StopOnNaN();

  @Test
  void aNanLossStopsNamingTheEpochAndTheSamplesBeforeTheBatch() {
    assertThatThrownBy(() -> stop.onBatchEnd(new TrainingCallback.Batch(2, 40, 8, Float.NaN)))
        .isInstanceOf(TrainingDivergedException.class)
        .hasMessage("training diverged: the loss became NaN in epoch 3 after 40 samples; the last finished epoch's checkpoint is kept "
            + "(try a smaller --learning-rate)");
  }

  @Test
  void anInfiniteLossStopsToo() {
    assertThatThrownBy(() -> stop.onBatchEnd(new TrainingCallback.Batch(0, 0, 8, Float.POSITIVE_INFINITY)))
        .isInstanceOf(TrainingDivergedException.class).hasMessageStartingWith("training diverged: the loss became Infinity in epoch 1 after 0 samples");
    assertThatThrownBy(() -> stop.onBatchEnd(new TrainingCallback.Batch(0, 16, 8, Float.NEGATIVE_INFINITY)))
        .isInstanceOf(TrainingDivergedException.class).hasMessageStartingWith("training diverged: the loss became -Infinity in epoch 1 after 16 samples");
  }

  @Test
  void finiteLossesGoOn() {
    assertThatCode(() -> {
      stop.onBatchEnd(new TrainingCallback.Batch(0, 0, 8, 0.25f));
      stop.onBatchEnd(new TrainingCallback.Batch(0, 8, 8, Float.MAX_VALUE));
      stop.onBatchEnd(new TrainingCallback.Batch(0, 16, 8, -3f));
    }).doesNotThrowAnyException();
  }
}
