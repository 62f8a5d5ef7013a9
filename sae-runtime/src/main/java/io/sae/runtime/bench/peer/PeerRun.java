package io.sae.runtime.bench.peer;

import java.util.List;

/**
 * What one run of the PyTorch peer printed.
 *
 * @param model the peer's model ({@code dense} or {@code conv})
 * @param torchVersion torch's version, as the peer printed it
 * @param threads torch's intra-op threads
 * @param epochSamplesPerSecond training samples/s of each epoch (whole epoch, first step included), in order
 * @param testMse mean squared reconstruction error on the 10,000 test images
 * @param peakRssMegabytes the peer process's peak resident set
 */
public record PeerRun(String model, String torchVersion, int threads, List<Double> epochSamplesPerSecond, double testMse,
    long peakRssMegabytes) {
  /** Keeps an unmodifiable copy of the epochs. */
  public PeerRun {
    epochSamplesPerSecond = List.copyOf(epochSamplesPerSecond);
  }

  /** The first (warm-up) epoch's samples/s. */
  public double firstEpoch() {
    return epochSamplesPerSecond.getFirst();
  }

  /** The mean of the later epochs' samples/s, as {@code sae bench}'s steady figure. */
  public double steady() {
    return epochSamplesPerSecond.subList(1, epochSamplesPerSecond.size()).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /** The test reconstruction RMSE: the square root of {@link #testMse()}. */
  public double testRmse() {
    return Math.sqrt(testMse);
  }
}
