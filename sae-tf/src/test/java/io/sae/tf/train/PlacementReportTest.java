package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.LossTerm;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.training.TrainingListener;
import io.sae.tf.device.Compute;
import io.sae.tf.device.Device;
import io.sae.tf.device.Precision;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.spi.LossKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trainer reports where its first step ran, and a GPU run on a machine without one fails instead of running on the CPU. */
class PlacementReportTest {
  private static final TrainingPlan PLAN = new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:8"), new int[] {16}, 2),
      List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1)), List.of(), List.of(), EpochSelection.LAST, ReadoutSpec.linearSvm(1), false, List.of());

  @Test
  void reportsTheDevicesOfTheFirstStepOncePerCallWithTheSameWeights() throws Exception {
    Dataset d = Fixtures.twoClasses(100, new int[] {16}, 1);
    List<Map<String, Integer>> reported = new ArrayList<>();
    TrainingListener l = new TrainingListener() {
      @Override
      public void onDevices(Map<String, Integer> opsByDevice) {
        reported.add(opsByDevice);
      }
    };
    TrainingOptions options = new TrainingOptions(2, 16, 1e-2, 5);
    var traced = new Trainer(Fixtures.losses(), Fixtures.transforms())
        .train(TrainRequest.builder(PLAN, Fixtures.noValidation(d), options).listener(l).build());
    assertThat(reported).hasSize(1);
    assertThat(reported.getFirst()).containsOnlyKeys("CPU:0");
    assertThat(reported.getFirst().get("CPU:0")).isGreaterThan(10); // forward, backward and Adam ops of a dense autoencoder
    // tracing reads statistics only: a second run, also traced, gives the same bits, and so does an explicit CPU/fp32 trainer
    var again = new Trainer(Fixtures.losses(), Fixtures.transforms(), new Compute(Device.CPU, Precision.FP32))
        .train(TrainRequest.of(PLAN, Fixtures.noValidation(d), options));
    assertThat(again.weights().get("latent/kernel").values()).containsExactly(traced.weights().get("latent/kernel").values());
  }

  @Test
  void trainingsOnSeveralThreadsOfOneJvmAllTraceTheirFirstStep() throws Exception {
    // TensorFlow has one profiler per process: concurrent traced steps failed with "Another profiling session active"
    Dataset d = Fixtures.twoClasses(200, new int[] {16}, 1);
    Trainer trainer = new Trainer(Fixtures.losses(), Fixtures.transforms());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      // all four reach their first step together: each waits for the others when training begins
      java.util.concurrent.CyclicBarrier firstSteps = new java.util.concurrent.CyclicBarrier(4);
      List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        long seed = i;
        runs.add(pool.submit(() -> {
          List<Map<String, Integer>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
          TrainingListener l = new TrainingListener() {
            @Override
            public void onTrainBegin(int firstEpoch, int epochs, int samplesPerEpoch) {
              try {
                firstSteps.await(1, java.util.concurrent.TimeUnit.MINUTES);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }

            @Override
            public void onDevices(Map<String, Integer> opsByDevice) {
              seen.add(opsByDevice);
            }
          };
          trainer.train(TrainRequest.builder(PLAN, Fixtures.noValidation(d), new TrainingOptions(1, 16, 1e-2, seed)).listener(l).build());
          return seen.size();
        }));
      }
      for (var r : runs) {
        assertThat(r.get()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aGpuRunWithTheCpuNativesFailsWithTheReason() {
    // this project's machines and CI have no GPU and build with the CPU natives
    Dataset d = Fixtures.twoClasses(100, new int[] {16}, 1);
    Trainer gpu = new Trainer(Fixtures.losses(), Fixtures.transforms(), new Compute(Device.GPU, Precision.FP32));
    assertThatThrownBy(() -> gpu.train(TrainRequest.of(PLAN, Fixtures.noValidation(d), new TrainingOptions(1, 16, 1e-2, 5))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--device gpu: no op of the training step ran on a GPU (they ran on CPU:0 (");
  }
}
