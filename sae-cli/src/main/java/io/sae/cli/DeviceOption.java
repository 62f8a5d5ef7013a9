package io.sae.cli;

import io.sae.runtime.SaeRuntime;
import io.sae.tf.device.Compute;
import io.sae.tf.device.Device;
import io.sae.tf.device.Precision;
import picocli.CommandLine.Option;

/** {@code --device}, for the commands that train. */
public final class DeviceOption {
  @Option(names = "--device", paramLabel = "cpu|gpu", defaultValue = "cpu",
      description = "Where training computes: cpu, or gpu (the first CUDA GPU; needs the GPU natives, mvn -Plinux-x86_64-gpu, and "
          + "fails when no op runs on a GPU). GPU training is not measured on this project's machines. Default: ${DEFAULT-VALUE}.")
  String device;

  /** Applies the choice to {@code runtime} with float32 precision; returns it. */
  public SaeRuntime applyTo(SaeRuntime runtime) {
    return applyTo(runtime, Precision.FP32);
  }

  /** Applies the device and {@code precision} to {@code runtime}; returns it. */
  public SaeRuntime applyTo(SaeRuntime runtime, Precision precision) {
    return runtime.compute(new Compute(Device.parse(device), precision));
  }
}
