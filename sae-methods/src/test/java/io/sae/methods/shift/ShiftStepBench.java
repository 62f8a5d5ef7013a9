package io.sae.methods.shift;

import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.data.io.NpyReader;
import java.nio.file.Path;
import java.util.Random;

/**
 * Manual timing (not a test) of one whole ccae-4 host step, repeated in one JVM as at the later stages of a run:
 * warm-started k-means, same-cluster and other-cluster neighbour search, and the shift of N x 784 targets
 * (seeded random values: the cost does not depend on them). Arguments: {@code latents.npy [repeats]}, e.g.
 * latents from {@code sae encode RUN --split train}.
 */
final class ShiftStepBench {
  private ShiftStepBench() {}

  public static void main(String[] args) throws Exception {
    FloatMatrix z = NpyReader.read(Path.of(args[0])).matrix();
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int n = z.rows();
    float[] x = new float[n * 784];
    Random r = new Random(1);
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextFloat();
    }
    FloatMatrix targets = new FloatMatrix(n, 784, x);
    KMeans.Result first = KMeans.fit(z, 10, 300, 1);
    for (int rep = 0; rep < repeats; rep++) {
      long t0 = System.nanoTime();
      KMeans.Result km = KMeans.fitFrom(z, first.centres(), 300);
      long t1 = System.nanoTime();
      GroupNeighbours.Lists same = GroupNeighbours.sameGroup(z, km.assignment(), 10, 10);
      long t2 = System.nanoTime();
      GroupNeighbours.Lists other = GroupNeighbours.otherGroups(z, km.assignment(), 10, 10);
      long t3 = System.nanoTime();
      TargetShift.apply(targets, new TargetShift.Structure(km.assignment(), 10, same, null, false, other), 0.1, 0.1);
      long t4 = System.nanoTime();
      System.out.printf("k-means (warm) %.2f s, same cluster %.2f s, other clusters %.2f s, shift %.2f s, total %.2f s%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t0) / 1e9);
    }
  }
}
