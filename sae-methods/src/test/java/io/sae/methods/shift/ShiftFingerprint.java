package io.sae.methods.shift;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyReader;
import io.sae.geometry.KMeans;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

/**
 * Manual check (not a test) that a change to the ccae host step keeps its bits: on saved latents
 * ({@code sae encode RUN --split train}) it runs the steps of a ccae-4 shift as the bench's first stage does
 * (k-means++ from seed 1, 300 Lloyd iterations; same-cluster and other-cluster neighbours, k = 10; the shift of
 * seeded random N x 784 targets), then a warm-started k-means, and prints each result's SHA-256 and each
 * step's time. Arguments: {@code latents.npy [repeats]}. Compare the hashes before and after a change.
 */
final class ShiftFingerprint {
  private ShiftFingerprint() {}

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
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int rep = 0; rep < repeats; rep++) {
      long t0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      KMeans.Result km = KMeans.fit(z, 10, 300, 1);
      long t1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      GroupNeighbours.Lists same = GroupNeighbours.sameGroup(z, km.assignment(), 10, 10);
      long t2 = System.nanoTime();
      long c2 = os.getProcessCpuTime();
      GroupNeighbours.Lists other = GroupNeighbours.otherGroups(z, km.assignment(), 10, 10);
      long t3 = System.nanoTime();
      long c3 = os.getProcessCpuTime();
      FloatMatrix shifted = TargetShift.apply(targets, new TargetShift.Structure(km.assignment(), 10, same, null, false, other), 0.1, 0.1);
      long t4 = System.nanoTime();
      long c4 = os.getProcessCpuTime();
      KMeans.Result warm = KMeans.fitFrom(z, km.centres(), 300);
      long t5 = System.nanoTime();
      long c5 = os.getProcessCpuTime();
      // wall seconds, and in brackets CPU seconds of the whole process (less sensitive to a shared machine's load)
      System.out.printf("k-means++ %.3f (%.3f) s, %d it; same %.3f (%.3f) s; other %.3f (%.3f) s; shift %.3f (%.3f) s; warm k-means %.3f (%.3f) s, %d it%n",
          (t1 - t0) / 1e9, (c1 - c0) / 1e9, km.iterations(), (t2 - t1) / 1e9, (c2 - c1) / 1e9, (t3 - t2) / 1e9, (c3 - c2) / 1e9,
          (t4 - t3) / 1e9, (c4 - c3) / 1e9, (t5 - t4) / 1e9, (c5 - c4) / 1e9, warm.iterations());
      if (rep == 0) {
        System.out.println("kmeans " + hash(km) + " inertia " + km.inertia());
        System.out.println("warm   " + hash(warm) + " inertia " + warm.inertia());
        System.out.println("same   " + hash(same));
        System.out.println("other  " + hash(other));
        System.out.println("shift  " + hash(shifted.data()));
      }
    }
  }

  private static String hash(KMeans.Result km) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(bytes(km.centres().data()));
    md.update(bytes(km.assignment()));
    md.update(ByteBuffer.allocate(12).putDouble(km.inertia()).putInt(km.iterations()).array());
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  private static String hash(GroupNeighbours.Lists l) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(bytes(l.rows()));
    md.update(bytes(l.count()));
    return HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  private static String hash(float[] v) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(v))).substring(0, 16);
  }

  private static byte[] bytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  private static byte[] bytes(int[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4);
    b.asIntBuffer().put(v);
    return b.array();
  }
}
