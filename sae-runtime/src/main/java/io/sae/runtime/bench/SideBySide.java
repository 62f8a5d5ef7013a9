package io.sae.runtime.bench;

import io.sae.runtime.bench.peer.PeerRun;
import java.util.Arrays;
import java.util.List;

/**
 * sae and its PyTorch peer trained on the same preset in interleaved rounds ({@code sae bench --peer}): within a round
 * the two run back to back, and the one that starts alternates from round to round, so that a drift of the shared
 * machine's speed weighs on both sides alike.
 *
 * @param rounds every round of every preset, in the order they ran
 */
public record SideBySide(List<Round> rounds) {
  /** Keeps an unmodifiable copy. */
  public SideBySide {
    rounds = List.copyOf(rounds);
  }

  /**
   * One round of one preset.
   *
   * @param round 1-based round
   * @param peerFirst whether the peer ran before sae in this round
   * @param sae sae's measurement
   * @param peer the peer's
   */
  public record Round(int round, boolean peerFirst, ArchThroughput sae, PeerRun peer) {
    /** The preset. */
    public String arch() {
      return sae.arch();
    }

    /** sae's steady samples/s over the peer's. */
    public double ratio() {
      return sae.steady() / peer.steady();
    }
  }

  /**
   * The medians of one preset's rounds.
   *
   * @param arch the preset
   * @param rounds how many rounds
   * @param sae median of sae's steady samples/s
   * @param peer median of the peer's
   * @param ratio {@code sae / peer}, the ratio of the two medians
   * @param roundRatioMin the smallest ratio of a single round
   * @param roundRatioMax the largest
   */
  public record Summary(String arch, int rounds, double sae, double peer, double ratio, double roundRatioMin, double roundRatioMax) {}

  /** The medians of each preset's rounds, presets in the order they first ran. */
  public List<Summary> summaries() {
    return rounds.stream().map(Round::arch).distinct().map(arch -> {
      List<Round> of = rounds.stream().filter(r -> r.arch().equals(arch)).toList();
      double sae = median(of.stream().mapToDouble(r -> r.sae().steady()).toArray());
      double peer = median(of.stream().mapToDouble(r -> r.peer().steady()).toArray());
      double[] ratios = of.stream().mapToDouble(Round::ratio).toArray();
      return new Summary(arch, of.size(), sae, peer, sae / peer, Arrays.stream(ratios).min().orElseThrow(),
          Arrays.stream(ratios).max().orElseThrow());
    }).toList();
  }

  /** The median: the middle value, or the mean of the two middle ones. */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
