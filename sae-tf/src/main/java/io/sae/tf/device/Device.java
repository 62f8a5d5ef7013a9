package io.sae.tf.device;

import io.sae.api.InvalidInputException;
import java.util.Locale;

/** The device a training graph's ops are placed on. */
public enum Device {
  /** The host's CPU cores; any GPU the natives could see is hidden from the session. */
  CPU,
  /**
   * The first CUDA GPU, with the {@code linux-x86_64-gpu} natives. Ops without a GPU kernel stay on the CPU (TensorFlow's
   * soft placement); a step none of whose ops ran on a GPU is an error, never a silent CPU run.
   */
  GPU;

  /** {@code cpu} or {@code gpu}, as the command line spells it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws InvalidInputException for anything but {@code cpu} or {@code gpu} */
  public static Device parse(String id) {
    for (Device d : values()) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    throw new InvalidInputException("--device must be cpu or gpu, got '" + id + "'");
  }
}
