package io.sae.methods.shift;

import io.sae.api.data.FloatMatrix;
import java.util.stream.IntStream;

/**
 * One shifting step of paper 002 (Algorithm 1, function SampleShift), computed online without the N x N
 * weight matrices: first every target moves towards its attraction point, X~ &lt;- (1 - alpha) X~ + alpha M_intra
 * (Eq. 7), then, from these moved targets, away from its repulsion point, X~ &lt;- (1 + beta) X~ - beta M_inter
 * (Eq. 11). Attraction points are the mean target of the sample's group (Eqs. 9, 14) or of its n nearest
 * same-group neighbours (Eq. 10); repulsion points the mean target of the rival group (Eqs. 12, 15) or of its
 * r nearest other-group samples (Eq. 13). Groups and neighbours are found in latent space, targets live in
 * input space.
 *
 * <p>Equations 12, 13 and 15 print the repulsion weights with a minus sign and Eq. 11 subtracts again; read
 * literally the two signs cancel and samples would move <i>towards</i> their rivals. We follow Algorithm 1,
 * line 3, which subtracts beta times the rivals' mean: a move away.
 *
 * <p>Samples without a group (hidden labels for dae-*) keep their target. A sample with no other member in
 * its group (n-neighbour variants) or no rival keeps the corresponding target unchanged.
 */
final class TargetShift {
  private TargetShift() {}

  /**
   * How groups and neighbours were found for this step.
   *
   * @param group per sample, its group (cluster or class) or -1 for none
   * @param groups number of groups
   * @param attractNeighbours same-group neighbour lists (null: attract to the group centre)
   * @param rivalGroup per sample, the group whose centre repels it (-1: none; null: no centre repulsion)
   * @param rivalOthers repel from all other groups together instead of {@code rivalGroup}
   * @param repelNeighbours rival neighbour lists (null: no neighbour repulsion)
   */
  record Structure(int[] group, int groups, GroupNeighbours.Lists attractNeighbours, int[] rivalGroup, boolean rivalOthers,
      GroupNeighbours.Lists repelNeighbours) {}

  /** The shifted targets (a new matrix; {@code targets} is not changed). */
  static FloatMatrix apply(FloatMatrix targets, Structure s, double alpha, double beta) {
    FloatMatrix moved = attract(targets, s, alpha);
    boolean repels = s.rivalGroup() != null || s.rivalOthers() || s.repelNeighbours() != null;
    return repels && beta > 0 ? repel(moved, s, beta) : moved;
  }

  private static FloatMatrix attract(FloatMatrix x, Structure s, double alpha) {
    int n = x.rows();
    int d = x.cols();
    float[] in = x.data();
    float[] out = in.clone();
    if (alpha == 0) {
      return new FloatMatrix(n, d, out);
    }
    if (s.attractNeighbours() == null) {
      double[][] centres = groupMeans(x, s.group(), s.groups());
      IntStream.range(0, n).parallel().forEach(i -> {
        if (s.group()[i] >= 0) {
          mix(out, in, i, d, centres[s.group()[i]], alpha, false);
        }
      });
    } else {
      GroupNeighbours.Lists nb = s.attractNeighbours();
      neighbourRows(s.group(), s.groups(), d, (i, acc, nbr) -> {
        if (s.group()[i] >= 0 && nb.count()[i] > 0) {
          mixNeighbours(out, in, i, d, nb, alpha, false, acc, nbr);
        }
      });
    }
    return new FloatMatrix(n, d, out);
  }

  private static FloatMatrix repel(FloatMatrix x, Structure s, double beta) {
    int n = x.rows();
    int d = x.cols();
    float[] in = x.data();
    float[] out = in.clone();
    if (s.repelNeighbours() != null) {
      GroupNeighbours.Lists nb = s.repelNeighbours();
      neighbourRows(s.group(), s.groups(), d, (i, acc, nbr) -> {
        if (s.group()[i] >= 0 && nb.count()[i] > 0) {
          mixNeighbours(out, in, i, d, nb, beta, true, acc, nbr);
        }
      });
      return new FloatMatrix(n, d, out);
    }
    double[][] sums = groupSums(x, s.group(), s.groups());
    long[] sizes = groupSizes(s.group(), s.groups());
    double[][] centres = means(sums, sizes);
    double[][] others = null;
    if (s.rivalOthers()) { // per group: the mean of every sample of the other groups
      double[] all = new double[d];
      long total = 0;
      for (int g = 0; g < s.groups(); g++) {
        total += sizes[g];
        for (int j = 0; j < d; j++) {
          all[j] += sums[g][j];
        }
      }
      others = new double[s.groups()][];
      for (int g = 0; g < s.groups(); g++) {
        long rest = total - sizes[g];
        if (rest > 0) {
          others[g] = new double[d];
          for (int j = 0; j < d; j++) {
            others[g][j] = (all[j] - sums[g][j]) / rest;
          }
        }
      }
    }
    double[][] othersFinal = others;
    IntStream.range(0, n).parallel().forEach(i -> {
      int g = s.group()[i];
      if (g < 0) {
        return;
      }
      double[] point = othersFinal != null ? othersFinal[g] : s.rivalGroup()[i] >= 0 ? centres[s.rivalGroup()[i]] : null;
      if (point != null) {
        mix(out, in, i, d, point, beta, true);
      }
    });
    return new FloatMatrix(n, d, out);
  }

  /** Row i of out = (1 - w) in_i + w p (towards), or (1 + w) in_i - w p (away). */
  private static void mix(float[] out, float[] in, int i, int d, double[] p, double w, boolean away) {
    int off = i * d;
    for (int j = 0; j < d; j++) {
      double v = in[off + j];
      out[off + j] = (float) (away ? (1 + w) * v - w * p[j] : (1 - w) * v + w * p[j]);
    }
  }

  /**
   * Like {@link #mix} with p the mean of row i's neighbours, accumulated row by row: row i of {@code out} =
   * self * in_i, then += each * in_t for every neighbour t in list order, each value a float product rounded and
   * then a float sum rounded. The neighbour row is first copied into {@code nbr} and the sum kept in {@code acc}
   * (both per thread, of length d) so that the loop reads and writes its arrays at the same index: HotSpot
   * vectorises that loop but not one over two arrays at different offsets (which it cannot rule out alias), and the
   * copies are memcpy. Same operations in the same order as adding into {@code out} directly: the same floats.
   */
  private static void mixNeighbours(float[] out, float[] in, int i, int d, GroupNeighbours.Lists nb, double w, boolean away,
      float[] acc, float[] nbr) {
    int off = i * d;
    int c = nb.count()[i];
    float self = (float) (away ? 1 + w : 1 - w);
    float each = (float) ((away ? -w : w) / c);
    System.arraycopy(in, off, nbr, 0, d);
    for (int j = 0; j < d; j++) {
      acc[j] = self * nbr[j];
    }
    for (int t = 0; t < c; t++) {
      System.arraycopy(in, nb.rows()[i * nb.k() + t] * d, nbr, 0, d);
      for (int j = 0; j < d; j++) {
        acc[j] += each * nbr[j];
      }
    }
    System.arraycopy(acc, 0, out, off, d);
  }

  /**
   * Every row in blocks, each block on one thread with its own two row buffers for {@link #mixNeighbours}. The rows
   * are visited group by group (rows without a group last): a row's neighbours are mostly of its own group, or of
   * one near rival group, so consecutive rows read target rows that are still in cache. Each row is computed
   * on its own, so the order changes no value.
   */
  private static void neighbourRows(int[] group, int groups, int d, RowTask task) {
    int[] order = GroupNeighbours.byGroup(group, groups);
    int n = order.length;
    int blocks = (n + BLOCK - 1) / BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      float[] acc = new float[d];
      float[] nbr = new float[d];
      for (int t = b * BLOCK; t < Math.min(n, (b + 1) * BLOCK); t++) {
        task.row(order[t], acc, nbr);
      }
    });
  }

  private static final int BLOCK = 256;

  private interface RowTask {
    void row(int i, float[] acc, float[] nbr);
  }

  /** Mean row per group (null for an empty group). */
  static double[][] groupMeans(FloatMatrix x, int[] group, int groups) {
    return means(groupSums(x, group, groups), groupSizes(group, groups));
  }

  private static double[][] means(double[][] sums, long[] sizes) {
    double[][] out = new double[sums.length][];
    for (int g = 0; g < sums.length; g++) {
      if (sizes[g] > 0) {
        out[g] = new double[sums[g].length];
        for (int j = 0; j < sums[g].length; j++) {
          out[g][j] = sums[g][j] / sizes[g];
        }
      }
    }
    return out;
  }

  private static double[][] groupSums(FloatMatrix x, int[] group, int groups) {
    int d = x.cols();
    double[][] sums = new double[groups][d];
    float[] data = x.data();
    for (int i = 0; i < x.rows(); i++) {
      int g = group[i];
      if (g >= 0) {
        double[] s = sums[g];
        int off = i * d;
        for (int j = 0; j < d; j++) {
          s[j] += data[off + j];
        }
      }
    }
    return sums;
  }

  private static long[] groupSizes(int[] group, int groups) {
    long[] sizes = new long[groups];
    for (int g : group) {
      if (g >= 0) {
        sizes[g]++;
      }
    }
    return sizes;
  }

  /**
   * Per sample with a group, the other non-empty group whose latent centre is nearest to its latent (first on
   * ties); -1 when there is none.
   */
  static int[] nearestRivalGroup(FloatMatrix latents, int[] group, int groups) {
    double[][] centres = groupMeans(latents, group, groups);
    int d = latents.cols();
    int[] out = new int[latents.rows()];
    for (int i = 0; i < out.length; i++) {
      out[i] = -1;
      if (group[i] < 0) {
        continue;
      }
      double best = Double.POSITIVE_INFINITY;
      for (int g = 0; g < groups; g++) {
        if (g == group[i] || centres[g] == null) {
          continue;
        }
        double s = 0;
        for (int j = 0; j < d; j++) {
          double diff = latents.get(i, j) - centres[g][j];
          s += diff * diff;
        }
        if (s < best) {
          best = s;
          out[i] = g;
        }
      }
    }
    return out;
  }
}
