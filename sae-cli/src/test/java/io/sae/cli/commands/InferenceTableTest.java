package io.sae.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.runtime.bench.BatchLatency;
import io.sae.runtime.bench.InferenceLatency;
import io.sae.runtime.bench.LatencyStats;
import io.sae.runtime.bench.ModelForm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sae bench's inference table, from given figures (the measurement itself is tested in sae-runtime). */
class InferenceTableTest {

  private static String table(InferenceLatency... latencies) {
    StringWriter s = new StringWriter();
    InferenceTable.print(List.of(latencies), new PrintWriter(s));
    return s.toString();
  }

  private static InferenceLatency dense(ModelForm form, double singleP50) {
    return new InferenceLatency("dense", form, List.of(new BatchLatency(1, 3000, new LatencyStats(5000, singleP50, 2.5, 6)),
        new BatchLatency(1024, 60_000, new LatencyStats(50, 15, 30, 31))));
  }

  @Test
  void linesGiveRowsPerSecondAndLatencyAndP99OnlyFromEnoughCalls() {
    String out = table(dense(ModelForm.IN_PROCESS, 0.3), dense(ModelForm.SAVED_MODEL, 0.4));
    assertThat(out.lines()).contains(
        "dense        in-process       1    5000        3,000     0.300     2.500     6.000",
        "dense        in-process    1024      50       60,000    15.000         -    31.000",
        "dense        SavedModel       1    5000        3,000     0.400     2.500     6.000",
        "dense single-row p50 (in-process) 0.300 ms: under the 1 ms goal");
  }

  @Test
  void theGoalLineSaysWhenItIsMissedAndIsAbsentWithoutTheDensePreset() {
    assertThat(table(dense(ModelForm.IN_PROCESS, 1.0))).contains("dense single-row p50 (in-process) 1.000 ms: NOT under the 1 ms goal");
    InferenceLatency conv = new InferenceLatency("conv", ModelForm.IN_PROCESS, List.of(new BatchLatency(1, 2000, new LatencyStats(5000, 0.5, 2, 3))));
    assertThat(table(conv)).doesNotContain("goal");
  }
}
