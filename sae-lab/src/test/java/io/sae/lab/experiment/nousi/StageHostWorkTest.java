package io.sae.lab.experiment.nousi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageHostWorkTest {
  private static final String HEADER = "epoch,train_seconds,hook_seconds,samples_per_second,hook_grouping_seconds,hook_neighbour_seconds,hook_shift_seconds,hook_stage,loss\n";

  @Test
  void sumsTheHostPartsOfEachShiftingStageAgainstItsTrainingEpochs(@TempDir Path tmp) throws Exception {
    // 3 stages of 2 epochs; stage 2 starts at epoch 3 (host 0.5 + 1 + 0.5 = 2 s, training 4 + 6 = 10 s),
    // stage 3 at epoch 5 (host 1 s, training 5 + 5 = 10 s)
    Path csv = tmp.resolve("history.csv");
    Files.writeString(csv, HEADER
        + "1,3,0.4,1,,,,0,1\n"
        + "2,3,,1,,,,0,1\n"
        + "3,4,2.5,1,0.5,1,0.5,1,1\n"
        + "4,6,,1,,,,1,1\n"
        + "5,5,1.2,1,0.25,0.5,0.25,2,1\n"
        + "6,5,,1,,,,2,1\n");
    StageHostWork w = StageHostWork.read(csv, StageSchedule.uniform(3, 2));
    assertThat(w.hostSeconds()).containsExactly(2.0, 1.0);
    assertThat(w.trainSeconds()).containsExactly(10.0, 10.0);
    assertThat(w.shares()).containsExactly(0.2, 0.1);
  }

  @Test
  void refusesAShortHistoryOrAStageWithoutHostRecords(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("history.csv");
    Files.writeString(csv, HEADER + "1,3,0.4,1,,,,0,1\n2,3,,1,,,,0,1\n");
    assertThatThrownBy(() -> StageHostWork.read(csv, StageSchedule.uniform(2, 2))).hasMessageContaining("has 2 epochs; expected 4");
    Files.writeString(csv, HEADER + "1,3,0.4,1,,,,0,1\n2,3,,1,,,,0,1\n3,3,,1,,,,0,1\n4,3,,1,,,,0,1\n");
    assertThatThrownBy(() -> StageHostWork.read(csv, StageSchedule.uniform(2, 2))).hasMessageContaining("epoch 3 starts stage 2 but records no hook_grouping_seconds");
  }

  @Test
  void aShorterOrLongerFirstStageMovesWhereTheShiftsAreRead(@TempDir Path tmp) throws Exception {
    // T = 3, E = 2, E0 = 1: stage 2 starts at epoch 2 (host 1 s, training 4 + 6), stage 3 at epoch 4 (host 2 s, training 5 + 5)
    Path csv = tmp.resolve("history.csv");
    Files.writeString(csv, HEADER
        + "1,3,0.4,1,,,,0,1\n"
        + "2,4,1.2,1,0.25,0.5,0.25,1,1\n"
        + "3,6,,1,,,,1,1\n"
        + "4,5,2.4,1,0.5,1,0.5,2,1\n"
        + "5,5,,1,,,,2,1\n");
    StageHostWork w = StageHostWork.read(csv, new StageSchedule(3, 2, 1));
    assertThat(w.hostSeconds()).containsExactly(1.0, 2.0);
    assertThat(w.trainSeconds()).containsExactly(10.0, 10.0);
  }
}
