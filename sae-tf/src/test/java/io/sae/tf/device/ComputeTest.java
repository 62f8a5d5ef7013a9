package io.sae.tf.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.StepStats;

class ComputeTest {
  @Test
  void parsesTheCommandLineSpellingsOnly() {
    assertThat(Device.parse("gpu")).isEqualTo(Device.GPU);
    assertThat(Precision.parse("bf16")).isEqualTo(Precision.BF16);
    assertThatThrownBy(() -> Device.parse("GPU")).isInstanceOf(InvalidInputException.class).hasMessage("--device must be cpu or gpu, got 'GPU'");
    assertThatThrownBy(() -> Precision.parse("fp16")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--precision must be fp32 or bf16, got 'fp16'");
    assertThatThrownBy(() -> new Compute(Device.GPU, Precision.BF16)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void sessionConfigHidesTheGpuForCpuRunsAndAsksForTheBf16RewriteOnlyWhenChosen() {
    var cpu = Compute.DEFAULT.sessionConfig();
    assertThat(cpu.getDeviceCountMap()).isEqualTo(Map.of("GPU", 0));
    assertThat(cpu.getGraphOptions().getRewriteOptions().getAutoMixedPrecisionOnednnBfloat16()).isEqualTo(RewriterConfig.Toggle.DEFAULT);
    var bf16 = new Compute(Device.CPU, Precision.BF16).sessionConfig();
    assertThat(bf16.getGraphOptions().getRewriteOptions().getAutoMixedPrecisionOnednnBfloat16()).isEqualTo(RewriterConfig.Toggle.ON);
    var gpu = new Compute(Device.GPU, Precision.FP32).sessionConfig();
    assertThat(gpu.getDeviceCountMap()).isEmpty();
    assertThat(gpu.getAllowSoftPlacement()).isTrue();
    assertThat(gpu.getGpuOptions().getAllowGrowth()).isTrue();
  }

  private static RunMetadata metadata(Map<String, Integer> opsByDevice) {
    StepStats.Builder stats = StepStats.newBuilder();
    new java.util.TreeMap<>(opsByDevice).forEach((device, n) -> {
      DeviceStepStats.Builder d = DeviceStepStats.newBuilder().setDevice(device);
      for (int i = 0; i < n; i++) {
        d.addNodeStats(NodeExecStats.newBuilder().setNodeName("op" + i));
      }
      stats.addDevStats(d);
    });
    return RunMetadata.newBuilder().setStepStats(stats).build();
  }

  @Test
  void placementCountsTheOpsPerDeviceAndRefusesAGpuRunThatRanOnNoGpu() {
    Placement cpuOnly = Placement.of(metadata(Map.of("/job:localhost/replica:0/task:0/device:CPU:0", 3)));
    assertThat(cpuOnly.opsByDevice()).isEqualTo(Map.of("CPU:0", 3));
    assertThat(cpuOnly.summary()).isEqualTo("CPU:0 (3 ops)");
    cpuOnly.require(Device.CPU);
    assertThatThrownBy(() -> cpuOnly.require(Device.GPU)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--device gpu: no op of the training step ran on a GPU (they ran on CPU:0 (3 ops))");
    Placement mixed = Placement.of(metadata(Map.of("/job:localhost/replica:0/task:0/device:CPU:0", 2,
        "/job:localhost/replica:0/task:0/device:GPU:0", 5, "/job:localhost/replica:0/task:0/device:GPU:1", 0)));
    assertThat(mixed.opsByDevice()).containsExactly(Map.entry("CPU:0", 2), Map.entry("GPU:0", 5));
    assertThat(mixed.opsOn(Device.GPU)).isEqualTo(5);
    assertThat(mixed.summary()).isEqualTo("CPU:0 (2 ops), GPU:0 (5 ops)");
    mixed.require(Device.GPU);
  }
}
