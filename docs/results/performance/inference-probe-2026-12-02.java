package io.sae.tf.model;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.BatchedInference;
import io.sae.tf.graph.NetworkSpecs;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Where a single-row encode of the dense preset spends its time (sae bench's inference table, issue 18). Not part of
 * the build: a measurement with no assertions, kept beside its output. To rerun, copy it into
 * sae-tf/src/test/java/io/sae/tf/model/ as ZzLatencyProbeTest.java and run
 * mvn -B -o test -pl sae-tf -Dtest=ZzLatencyProbeTest -Dsurefire.failIfNoSpecifiedTests=false | grep PROBE
 * Each line: 2,000 warm-up calls, then p50 and p99 (nearest rank) of 5,000 timed calls, twice. Seeded initial
 * weights (the timing does not depend on trained values), seeded uniform inputs.
 */
class ZzLatencyProbeTest {
  static final int N = 5000;

  interface Call { void run(int i); }

  static void time(String what, Call c) {
    for (int i = 0; i < 2000; i++) c.run(i);
    long[] t = new long[N];
    for (int i = 0; i < N; i++) { long t0 = System.nanoTime(); c.run(i); t[i] = System.nanoTime() - t0; }
    Arrays.sort(t);
    System.out.printf("PROBE %-40s p50 %.1f us  p99 %.1f us%n", what, t[N / 2] / 1e3, t[(int) Math.ceil(0.99 * N) - 1] / 1e3);
  }

  @Test
  void probe() {
    ArchitectureSpec spec = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense"), new int[] {28, 28, 1}, 10);
    FloatMatrix x = TestModels.uniform(1000, 784, 1);
    FloatMatrix[] rows = new FloatMatrix[1000];
    for (int i = 0; i < 1000; i++) rows[i] = x.rowRange(i, i + 1);
    try (TfModel m = new TfModel(new ModelInfo("ae", spec, List.of()), TestModels.initialWeights(spec, 1), Map.of());
        InferenceGraph g = new InferenceGraph(spec, TestModels.initialWeights(spec, 1), Map.of(), java.util.Optional.empty())) {
      for (int rep = 0; rep < 2; rep++) {
        time("TfModel.encode", i -> m.encode(rows[i % 1000]));
        time("BatchedInference.run", i -> BatchedInference.run(g.session(), g.model().input(), g.model().latentMean(), rows[i % 1000], 10));
        TFloat32 fixed = TFloat32.tensorOf(Shape.of(1, 784), DataBuffers.of(rows[0].data(), true, false));
        time("runner feed/fetch/run, tensor reused", i -> { try (var r = g.session().runner().feed(g.model().input(), fixed).fetch(g.model().latentMean()).run()) { } });
        time("tensorOf + close only", i -> { TFloat32 t = TFloat32.tensorOf(Shape.of(1, 784), DataBuffers.of(rows[i % 1000].data(), true, false)); t.close(); });
        fixed.close();
        try (org.tensorflow.Graph tg = new org.tensorflow.Graph()) {
          var tf = org.tensorflow.op.Ops.create(tg);
          var ph = tf.placeholder(TFloat32.class);
          var id = tf.math.mul(ph, tf.constant(2f));
          try (org.tensorflow.Session s = new org.tensorflow.Session(tg)) {
            TFloat32 f2 = TFloat32.tensorOf(Shape.of(1, 784), DataBuffers.of(rows[0].data(), true, false));
            time("trivial graph (x*2) run", i -> { try (var r = s.runner().feed(ph, f2).fetch(id).run()) { } });
            f2.close();
          }
        }
      }
    }
  }
}
