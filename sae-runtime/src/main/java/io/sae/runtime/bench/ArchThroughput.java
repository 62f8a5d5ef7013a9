package io.sae.runtime.bench;

import java.util.OptionalDouble;

/**
 * Training and encoding throughput of one architecture, in samples per second.
 *
 * @param arch the architecture spec
 * @param firstEpoch the first (warm-up) epoch
 * @param steady the mean of the later epochs
 * @param reference the plain TensorFlow Java figure of the design brief for this preset, if there is one
 * @param encode encoding the 10,000 MNIST test images with the trained model (after a warm-up pass)
 */
public record ArchThroughput(String arch, double firstEpoch, double steady, OptionalDouble reference, double encode) {
  /** {@code steady} in percent of the reference, if there is one. */
  public OptionalDouble percentOfReference() {
    return reference.isPresent() ? OptionalDouble.of(100 * steady / reference.getAsDouble()) : OptionalDouble.empty();
  }
}
