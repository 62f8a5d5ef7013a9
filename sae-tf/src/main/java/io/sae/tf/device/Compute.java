package io.sae.tf.device;

import io.sae.api.InvalidInputException;
import org.tensorflow.DeviceSpec;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

/**
 * Where and how precisely a training graph computes: the device its ops are placed on and the precision of its step.
 * Neither changes what is trained (the plan, data and seed do), so a run's config does not record them; bf16 does
 * change the numbers, which is why it is opt-in.
 *
 * @param device the device of the graph's ops
 * @param precision the step's precision
 */
public record Compute(Device device, Precision precision) {
  /** float32 on the CPU: what every run used before these settings existed. */
  public static final Compute DEFAULT = new Compute(Device.CPU, Precision.FP32);

  /** @throws InvalidInputException for bf16 on a GPU (the bf16 rewrite is oneDNN's, a CPU library) */
  public Compute {
    if (device == Device.GPU && precision == Precision.BF16) {
      throw new InvalidInputException("--precision bf16 is oneDNN's CPU rewrite; it cannot be combined with --device gpu");
    }
  }

  /**
   * The session configuration: the GPU hidden for the CPU (so a GPU build on a GPU machine still measures the
   * CPU when asked to), GPU memory grown on demand and soft placement for the GPU, and the bf16 rewrite when asked
   * for. The default adds nothing TensorFlow does not do already, so float32 CPU sessions are as before.
   */
  public ConfigProto sessionConfig() {
    ConfigProto.Builder config = ConfigProto.newBuilder();
    if (device == Device.CPU) {
      config.putDeviceCount("GPU", 0);
    } else {
      config.setAllowSoftPlacement(true).setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true));
    }
    if (precision == Precision.BF16) {
      config.setGraphOptions(GraphOptions.newBuilder().setRewriteOptions(
          RewriterConfig.newBuilder().setAutoMixedPrecisionOnednnBfloat16(RewriterConfig.Toggle.ON)));
    }
    return config.build();
  }

  /** {@code tf} with every op it creates placed on this device: unchanged for the CPU, GPU 0 for the GPU. */
  public Ops place(Ops tf) {
    return device == Device.CPU ? tf
        : tf.withDevice(DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.GPU).deviceIndex(0).build());
  }

  /** For logs: {@code cpu, fp32}. */
  @Override
  public String toString() {
    return device.id() + ", " + precision.id();
  }
}
