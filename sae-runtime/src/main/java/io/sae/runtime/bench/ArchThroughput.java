package io.sae.runtime.bench;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Training and encoding throughput of one architecture, in samples per second, and what the trained model and the
 * process ended with.
 *
 * @param arch the architecture spec
 * @param firstEpoch the first (warm-up) epoch
 * @param steady the mean of the later epochs
 * @param reference the plain TensorFlow Java figure of the design brief for this preset, if there is one
 * @param encode encoding the 10,000 MNIST test images with the trained model (after a warm-up pass)
 * @param testRmse reconstruction RMSE of the trained model on the 10,000 test images (all pixels)
 * @param devices where the ops of the first training step ran ({@code CPU:0 (118 ops)})
 * @param peakRssBytes the process's peak resident set after this preset ({@code VmHWM}); empty where not on Linux
 */
public record ArchThroughput(String arch, double firstEpoch, double steady, OptionalDouble reference, double encode, double testRmse,
    String devices, OptionalLong peakRssBytes) {
  /** {@code steady} in percent of the reference, if there is one. */
  public OptionalDouble percentOfReference() {
    return reference.isPresent() ? OptionalDouble.of(100 * steady / reference.getAsDouble()) : OptionalDouble.empty();
  }
}
