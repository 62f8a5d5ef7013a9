package io.sae.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.runtime.SaeRuntime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inference part of sae bench on a small dense preset trained on 256 MNIST images for 2 epochs. */
class BenchInferenceTest {

  @Test
  void timesTheTrainedPresetInProcessAndAsASavedModel() throws Exception {
    Path cache = Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));
    SaeRuntime runtime = new SaeRuntime(cache, new PrintWriter(new StringWriter()));
    Bench bench = Bench.prepare(runtime, new BenchOptions(List.of("dense"), 2, 256, 128, 10, BenchOptions.NO_HOOK));
    InferencePlan plan = new InferencePlan(List.of(1, 32, 1024), 64, 200, 2048);
    assertThatThrownBy(() -> bench.inference("dense", plan)).isInstanceOf(IllegalStateException.class)
        .hasMessage("inference of dense needs throughput(dense) first, which trains it");

    bench.throughput("dense");
    List<InferenceLatency> results = bench.inference("dense", plan);

    assertThat(results).extracting(InferenceLatency::form).containsExactly(ModelForm.IN_PROCESS, ModelForm.SAVED_MODEL);
    for (InferenceLatency l : results) {
      assertThat(l.arch()).isEqualTo("dense");
      assertThat(l.batches()).extracting(BatchLatency::batch).containsExactly(1, 32, 1024);
      assertThat(l.batches()).extracting(b -> b.latency().calls()).containsExactly(200, 64, 2);
      for (BatchLatency b : l.batches()) {
        assertThat(b.rowsPerSecond()).isPositive();
        assertThat(b.latency().p50()).isPositive().isLessThanOrEqualTo(b.latency().p99());
        assertThat(b.latency().p99()).isLessThanOrEqualTo(b.latency().max());
      }
    }
  }
}
