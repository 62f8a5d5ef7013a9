package io.sae.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.lab.Sae;
import io.sae.serve.bench.LoadCell;
import io.sae.serve.bench.LoadOptions;
import io.sae.serve.bench.ServeLoad;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small grid of the load test on the tiny run: every cell runs its calls, none fails, latencies are ordered. */
class ServeLoadTest {
  @TempDir Path tmp;

  @Test
  void aSmallGridRunsEveryCallWithoutFailure() throws Exception {
    try (Sae sae = TinyRun.sae()) {
      Path run = TinyRun.train(sae, tmp, false);
      List<String> lines = new ArrayList<>();
      List<LoadCell> cells = ServeLoad.run(ServedModel.load("ae", run), ServerOptions.defaults(0).withWorkers(2, 16),
          new LoadOptions(List.of(1, 16), List.of(1, 4), 40, 30, 5, 1), lines::add);
      assertThat(cells).hasSize(4).extracting(LoadCell::batch).containsExactly(1, 1, 16, 16);
      assertThat(cells).extracting(LoadCell::clients).containsExactly(1, 4, 1, 4);
      for (LoadCell c : cells) {
        assertThat(c.requests()).as("the count bound, well inside the 30 s bound").isEqualTo(40);
        assertThat(c.failed()).isZero();
        assertThat(c.p50Millis()).isPositive().isLessThanOrEqualTo(c.p99Millis());
      }
      assertThat(lines).hasSize(4);
    }
  }
}
