package io.sae.tf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One model serves several threads with the same results as one thread, and refuses work once closed. */
class ConcurrentInferenceTest {

  @Test
  void threadsGetTheSameLatentsAsOneCallerAndCloseIsFinal() throws Exception {
    ArchitectureSpec spec = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:64"), new int[] {50}, 5);
    TfModel model = new TfModel(new ModelInfo("t", spec, List.of("a", "b")), TestModels.initialWeights(spec, 3), Map.of());
    List<FloatMatrix> inputs = new ArrayList<>();
    List<FloatMatrix> sequential = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      inputs.add(TestModels.uniform(200 + i, 50, i));
      sequential.add(model.encode(inputs.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<FloatMatrix>> parallel = new ArrayList<>();
      for (FloatMatrix x : inputs) {
        parallel.add(pool.submit(() -> model.encode(x)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(parallel.get(i).get().data()).isEqualTo(sequential.get(i).data());
      }
    } finally {
      pool.shutdown();
    }
    model.close();
    model.close(); // a second close is harmless
    assertThatThrownBy(() -> model.encode(inputs.get(0))).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
