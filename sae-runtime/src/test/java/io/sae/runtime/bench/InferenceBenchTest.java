package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.SaeModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call plan and input order of the inference bench, on a model that only records what it is given. */
class InferenceBenchTest {

  /** Row r of the inputs holds r, so the model sees which rows each call fed. */
  private static FloatMatrix numberedRows(int rows) {
    float[] data = new float[rows * 2];
    for (int r = 0; r < rows; r++) {
      data[2 * r] = r;
      data[2 * r + 1] = -r;
    }
    return new FloatMatrix(rows, 2, data);
  }

  @Test
  void callsFeedContiguousRowsInAFixedOrder() {
    Recording model = new Recording(0);
    InferencePlan plan = new InferencePlan(List.of(1, 4), 3, 5, 12);
    InferenceLatency l = InferenceBench.measure("dense", ModelForm.IN_PROCESS, model, numberedRows(10), plan);

    // batch 1: 3 warm-up calls then 5 timed calls from row 0; batch 4: 1 warm-up call then 3 timed calls, with
    // starts 0, 4 and 8 mod 7 = 1 (the 7 starts that leave room for 4 of the 10 rows)
    assertThat(model.firstRows).containsExactly(0, 1, 2, 0, 1, 2, 3, 4, 0, 0, 4, 1);
    assertThat(model.sizes).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4);
    assertThat(l.batches()).extracting(BatchLatency::batch).containsExactly(1, 4);
    assertThat(l.batches()).extracting(b -> b.latency().calls()).containsExactly(5, 3);
    assertThat(l.singleRow().batch()).isEqualTo(1);
    for (BatchLatency b : l.batches()) {
      assertThat(b.rowsPerSecond()).isPositive();
      assertThat(b.latency().p50()).isLessThanOrEqualTo(b.latency().p99());
      assertThat(b.latency().p99()).isLessThanOrEqualTo(b.latency().max());
    }
  }

  @Test
  void planCountsCallsFromRows() {
    InferencePlan plan = InferencePlan.DEFAULT;
    assertThat(plan.batches()).containsExactly(1, 32, 1024);
    assertThat(plan.timedCalls(1)).isEqualTo(5000);
    assertThat(plan.timedCalls(32)).isEqualTo(1600);
    assertThat(plan.timedCalls(1024)).isEqualTo(50);
    assertThat(plan.warmUpCalls(1)).isEqualTo(2048);
    assertThat(plan.warmUpCalls(1024)).isEqualTo(2);
    assertThat(new InferencePlan(List.of(1), 0, 1, 1).warmUpCalls(1)).isEqualTo(1); // always one untimed call
    assertThatThrownBy(() -> new InferencePlan(List.of(32), 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inference batches must be positive and include 1, got [32]");
  }

  @Test
  void tooFewRowsOrAShortAnswerAreErrors() {
    InferencePlan plan = new InferencePlan(List.of(1, 4), 1, 1, 4);
    assertThatThrownBy(() -> InferenceBench.measure("dense", ModelForm.IN_PROCESS, new Recording(0), numberedRows(3), plan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("inference bench needs at least 4 rows, got 3");
    assertThatThrownBy(() -> InferenceBench.measure("dense", ModelForm.IN_PROCESS, new Recording(1), numberedRows(8), plan))
        .isInstanceOf(IllegalStateException.class).hasMessage("encode of 1 rows returned 0");
  }

  /** Encodes a row to its first value and records the first row and the size of every call. */
  private static final class Recording implements SaeModel {
    final List<Integer> firstRows = new ArrayList<>();
    final List<Integer> sizes = new ArrayList<>();
    private final int missingRows;

    Recording(int missingRows) {
      this.missingRows = missingRows;
    }

    @Override
    public FloatMatrix encode(FloatMatrix x) {
      firstRows.add((int) x.get(0, 0));
      sizes.add(x.rows());
      int rows = x.rows() - missingRows;
      float[] z = new float[rows];
      for (int r = 0; r < rows; r++) {
        z[r] = x.get(r, 0);
      }
      return new FloatMatrix(rows, 1, z);
    }

    @Override
    public ModelInfo info() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FloatMatrix decode(FloatMatrix z) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FloatMatrix reconstruct(FloatMatrix x) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FloatMatrix classProbabilities(FloatMatrix x) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }
}
