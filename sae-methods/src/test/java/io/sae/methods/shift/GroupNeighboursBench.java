package io.sae.methods.shift;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.BlockedSearch;
import io.sae.geometry.KMeans;
import io.sae.data.io.NpyReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Manual timing (not a test) of the ccae-3/4 neighbour searches on saved latents, e.g. from
 * {@code sae encode RUN --split train}: {@code latents.npy k clusters [brute]}. Times k-means, the projected-slab
 * searches {@link GroupNeighbours} uses and (with {@code brute}) blocked brute force,
 * and checks that slab and brute force find the same neighbours.
 */
final class GroupNeighboursBench {
  private GroupNeighboursBench() {}

  public static void main(String[] args) throws Exception {
    FloatMatrix z = NpyReader.read(Path.of(args[0])).matrix();
    int k = Integer.parseInt(args[1]);
    int clusters = Integer.parseInt(args[2]);
    boolean brute = args.length > 3 && args[3].equals("brute");
    int n = z.rows();
    System.out.printf("%d x %d, %d clusters, k = %d, %d threads%n", n, z.cols(), clusters, k, Runtime.getRuntime().availableProcessors());
    long t = System.nanoTime();
    KMeans.Result km = KMeans.fit(z, clusters, 300, 1);
    int[] g = km.assignment();
    t = report("k-means (" + km.iterations() + " iterations)", t);
    GroupNeighbours.Lists same = GroupNeighbours.sameGroup(z, g, clusters, k);
    t = report("slab, same cluster", t);
    GroupNeighbours.Lists other = GroupNeighbours.otherGroups(z, g, clusters, k);
    t = report("slab, other clusters", t);
    if (!brute) {
      return;
    }
    long agreeSame = 0;
    long agreeOther = 0;
    long total = 0;
    for (int c = 0; c < clusters; c++) {
      int[] m = members(g, c, true);
      int[][] bs = BlockedSearch.nearest(z, m, m, k);
      for (int i = 0; i < m.length; i++) {
        agreeSame += overlap(same, m[i], bs[i]);
        total += bs[i].length;
      }
    }
    t = report("blocked brute force, same cluster", t);
    for (int c = 0; c < clusters; c++) {
      int[] m = members(g, c, true);
      int[][] bs = BlockedSearch.nearest(z, m, members(g, c, false), k);
      for (int i = 0; i < m.length; i++) {
        agreeOther += overlap(other, m[i], bs[i]);
      }
    }
    report("blocked brute force, other clusters", t);
    System.out.printf("slab vs brute force: %d of %d same-cluster and %d other-cluster neighbours agree%n", agreeSame, total, agreeOther);
  }

  private static long report(String what, long since) {
    long now = System.nanoTime();
    System.out.printf("  %-40s %.2f s%n", what, (now - since) / 1e9);
    return now;
  }

  private static int[] members(int[] g, int c, boolean in) {
    return IntStream.range(0, g.length).filter(i -> (g[i] == c) == in).toArray();
  }

  private static int overlap(GroupNeighbours.Lists l, int row, int[] found) {
    Set<Integer> a = new HashSet<>();
    for (int t = 0; t < l.count()[row]; t++) {
      a.add(l.rows()[row * l.k() + t]);
    }
    int n = 0;
    for (int r : found) {
      n += a.contains(r) ? 1 : 0;
    }
    return n;
  }
}
