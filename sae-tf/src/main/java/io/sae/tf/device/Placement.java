package io.sae.tf.device;

import io.sae.api.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.RunMetadata;

/**
 * Where the ops of one traced session run executed, as TensorFlow's step statistics report them: the number of
 * executed ops per device. This is what ran, not what was asked for.
 *
 * @param opsByDevice executed ops per short device name ({@code CPU:0}, {@code GPU:0}), in name order
 */
public record Placement(Map<String, Integer> opsByDevice) {
  /** Keeps an unmodifiable copy. */
  public Placement {
    opsByDevice = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(opsByDevice));
  }

  /** The devices and op counts of a run traced with {@code FULL_TRACE}. */
  public static Placement of(RunMetadata metadata) {
    Map<String, Integer> ops = new TreeMap<>();
    for (DeviceStepStats d : metadata.getStepStats().getDevStatsList()) {
      if (d.getNodeStatsCount() > 0) {
        ops.merge(shortName(d.getDevice()), d.getNodeStatsCount(), Integer::sum);
      }
    }
    return new Placement(ops);
  }

  /** {@code /job:localhost/replica:0/task:0/device:CPU:0} as {@code CPU:0}; other names unchanged. */
  static String shortName(String device) {
    int at = device.lastIndexOf("/device:");
    return at < 0 ? device : device.substring(at + "/device:".length());
  }

  /** Ops that ran on a device of this type ({@code CPU}, {@code GPU}). */
  public int opsOn(Device type) {
    String prefix = type.name() + ":";
    return opsByDevice.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).sum();
  }

  /**
   * Checks that the step ran where it was asked to.
   *
   * @throws InvalidInputException when a GPU run executed no op on a GPU (no CUDA device, or CPU natives)
   */
  public void require(Device device) {
    if (device == Device.GPU && opsOn(Device.GPU) == 0) {
      throw new InvalidInputException("--device gpu: no op of the training step ran on a GPU (they ran on " + summary()
          + "); this needs a CUDA GPU that TensorFlow can use and the GPU natives (build with mvn -Plinux-x86_64-gpu)");
    }
  }

  /** For logs: {@code CPU:0 (118 ops)}, devices separated by commas. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    opsByDevice.forEach((d, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s (%d ops)", d, n)));
    return sb.isEmpty() ? "no device" : sb.toString();
  }
}
