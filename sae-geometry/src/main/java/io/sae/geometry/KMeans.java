package io.sae.geometry;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.util.SplittableRandom;

/**
 * Lloyd's k-means on the rows of a {@link FloatMatrix} (squared Euclidean distance), seeded by k-means++ from a
 * given seed or warm-started from given centres. Same input and seed give the same result.
 *
 * <p>Details where descriptions of k-means differ: a row goes to the first of equally near centres; Lloyd stops
 * when no assignment changes (or after {@code maxIterations}); a cluster that loses every member is restarted
 * at the row farthest from its own centre (the first such row), so k centres always come back.
 */
public final class KMeans {
  private KMeans() {}

  /**
   * A clustering.
   *
   * @param centres one row per cluster
   * @param assignment per input row, the index of its cluster (its nearest centre)
   * @param inertia sum over rows of the squared distance to their centre
   * @param iterations Lloyd iterations run
   * @param converged whether the last iteration changed no assignment
   */
  public record Result(FloatMatrix centres, int[] assignment, double inertia, int iterations, boolean converged) {
    /** Members per cluster. */
    public int[] sizes() {
      int[] n = new int[centres.rows()];
      for (int a : assignment) {
        n[a]++;
      }
      return n;
    }
  }

  /** k-means++ seeding from {@code seed}, then Lloyd. */
  public static Result fit(FloatMatrix x, int k, int maxIterations, long seed) {
    return fitFrom(x, plusPlus(x, k, seed), maxIterations);
  }

  /**
   * The best of {@code restarts} k-means++ + Lloyd runs by inertia (scikit-learn's {@code n_init}). Restart
   * {@code r} is seeded with {@code seed + r}, so {@code restarts = 1} is {@link #fit}; ties keep the earlier
   * restart. One k-means run on autoencoder latents swings by several points of clustering accuracy with its
   * seed; the lowest-inertia run of several is the usual way to report one clustering per representation.
   */
  public static Result fitBest(FloatMatrix x, int k, int maxIterations, long seed, int restarts) {
    if (restarts < 1) {
      throw new InvalidInputException("k-means: restarts must be positive, got " + restarts);
    }
    Result best = null;
    for (int r = 0; r < restarts; r++) {
      Result next = fit(x, k, maxIterations, seed + r);
      if (best == null || next.inertia() < best.inertia()) {
        best = next;
      }
    }
    return best;
  }

  /** Lloyd started from {@code initial} (a warm start, e.g. the centres of the previous stage). */
  public static Result fitFrom(FloatMatrix x, FloatMatrix initial, int maxIterations) {
    if (initial.cols() != x.cols()) {
      throw new InvalidInputException("k-means: centres have " + initial.cols() + " values, rows " + x.cols());
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("k-means: iterations must be positive, got " + maxIterations);
    }
    int k = initial.rows();
    checkSize(x, k);
    int n = x.rows();
    int d = x.cols();
    float[] centres = initial.data().clone();
    int[] assignment = new int[n];
    java.util.Arrays.fill(assignment, -1);
    double[] dist = new double[n];
    float[][][] columns = columns(x);
    int iterations = 0;
    boolean converged = false;
    while (iterations < maxIterations) {
      iterations++;
      boolean changed = assign(columns, d, centres, k, assignment, dist);
      if (!changed && iterations > 1) {
        converged = true;
        break;
      }
      update(x, centres, k, assignment, dist);
    }
    if (!converged) { // the centres moved after the last assignment: assign once more so both agree
      converged = !assign(columns, d, centres, k, assignment, dist);
    }
    double inertia = 0;
    for (int i = 0; i < n; i++) {
      inertia += dist[i];
    }
    return new Result(new FloatMatrix(k, d, centres), assignment, inertia, iterations, converged);
  }

  /**
   * k-means++ seeding (Arthur and Vassilvitskii 2007): the first centre is a uniformly drawn row, every further
   * one a row drawn with probability proportional to its squared distance to the nearest centre so far.
   */
  public static FloatMatrix plusPlus(FloatMatrix x, int k, long seed) {
    checkSize(x, k);
    int n = x.rows();
    int d = x.cols();
    SplittableRandom random = new SplittableRandom(seed);
    float[] centres = new float[k * d];
    int first = random.nextInt(n);
    System.arraycopy(x.data(), first * d, centres, 0, d);
    double[] nearest = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      nearest[i] = squaredDistance(x.data(), i * d, centres, 0, d);
      total += nearest[i];
    }
    for (int c = 1; c < k; c++) {
      int chosen;
      if (total <= 0) { // every row coincides with a centre: any row is as good
        chosen = random.nextInt(n);
      } else {
        double u = random.nextDouble() * total;
        chosen = n - 1;
        double acc = 0;
        for (int i = 0; i < n; i++) {
          acc += nearest[i];
          if (acc > u) {
            chosen = i;
            break;
          }
        }
      }
      System.arraycopy(x.data(), chosen * d, centres, c * d, d);
      total = 0;
      for (int i = 0; i < n; i++) {
        double dd = squaredDistance(x.data(), i * d, centres, c * d, d);
        if (dd < nearest[i]) {
          nearest[i] = dd;
        }
        total += nearest[i];
      }
    }
    return new FloatMatrix(k, d, centres);
  }

  /** Per row of {@code x}, the index of the nearest row of {@code centres} (the first on ties). */
  public static int[] nearest(FloatMatrix centres, FloatMatrix x) {
    if (centres.cols() != x.cols() || centres.rows() < 1) {
      throw new InvalidInputException("k-means: centres have " + centres.cols() + " values, rows " + x.cols());
    }
    int[] out = new int[x.rows()];
    java.util.Arrays.fill(out, -1);
    assign(columns(x), x.cols(), centres.data(), centres.rows(), out, new double[x.rows()]);
    return out;
  }

  private static void checkSize(FloatMatrix x, int k) {
    if (k < 1) {
      throw new InvalidInputException("k-means: the number of clusters must be positive, got " + k);
    }
    if (x.rows() < k) {
      throw new InvalidInputException("k-means: " + x.rows() + " rows cannot form " + k + " clusters");
    }
  }

  /** Rows per parallel task of {@link #assign}. */
  private static final int ASSIGN_BLOCK = 4096;

  /**
   * The rows of {@code x} in blocks of {@value #ASSIGN_BLOCK}: {@code [block][j][t]} is value j of row
   * {@code block * ASSIGN_BLOCK + t}. One array per block and dimension, read from index 0, so that the distance
   * loop of {@link #assignRows} runs over rows and vectorises (see {@link ProjectedSlab}); built once per fit.
   */
  private static float[][][] columns(FloatMatrix x) {
    int n = x.rows();
    int d = x.cols();
    float[] data = x.data();
    float[][][] out = new float[(n + ASSIGN_BLOCK - 1) / ASSIGN_BLOCK][d][];
    for (int b = 0; b < out.length; b++) {
      int from = b * ASSIGN_BLOCK;
      int m = Math.min(ASSIGN_BLOCK, n - from);
      for (int j = 0; j < d; j++) {
        float[] col = new float[m];
        for (int t = 0; t < m; t++) {
          col[t] = data[(from + t) * d + j];
        }
        out[b][j] = col;
      }
    }
    return out;
  }

  /**
   * Assigns every row to its nearest centre; returns whether any assignment changed. Blocks of rows run in
   * parallel (each row's result depends on that row alone, so the outcome does not depend on the thread count).
   */
  private static boolean assign(float[][][] columns, int d, float[] centres, int k, int[] assignment, double[] dist) {
    int blocks = columns.length;
    if (blocks == 1) {
      return assignRows(columns[0], d, centres, k, assignment, dist, 0, assignment.length);
    }
    boolean[] changed = new boolean[blocks];
    java.util.stream.IntStream.range(0, blocks).parallel()
        .forEach(b -> changed[b] = assignRows(columns[b], d, centres, k, assignment, dist, b * ASSIGN_BLOCK,
            Math.min(assignment.length, (b + 1) * ASSIGN_BLOCK)));
    for (boolean c : changed) {
      if (c) {
        return true;
      }
    }
    return false;
  }

  /**
   * One block of {@link #assign}, centre by centre over all its rows. Each row's distance to a centre is the
   * same sum as {@link #squaredDistance} (the float difference widened and squared, added in dimension order),
   * and centres are compared in index order, the first of equally near ones kept.
   */
  private static boolean assignRows(float[][] block, int d, float[] centres, int k, int[] assignment, double[] dist, int from, int to) {
    int m = to - from;
    double[] acc = new double[m];
    double[] bestD = new double[m];
    int[] best = new int[m];
    java.util.Arrays.fill(bestD, Double.POSITIVE_INFINITY);
    for (int c = 0; c < k; c++) {
      java.util.Arrays.fill(acc, 0); // each sum starts at 0, as in squaredDistance
      for (int j = 0; j < d; j++) {
        float[] col = block[j];
        float v = centres[c * d + j];
        for (int t = 0; t < m; t++) {
          double diff = col[t] - v;
          acc[t] += diff * diff;
        }
      }
      for (int t = 0; t < m; t++) {
        if (acc[t] < bestD[t]) {
          bestD[t] = acc[t];
          best[t] = c;
        }
      }
    }
    boolean changed = false;
    for (int t = 0; t < m; t++) {
      int i = from + t;
      dist[i] = bestD[t];
      if (assignment[i] != best[t]) {
        assignment[i] = best[t];
        changed = true;
      }
    }
    return changed;
  }

  /** Centres become the means of their members; an emptied cluster restarts at the worst-fitted row. */
  private static void update(FloatMatrix x, float[] centres, int k, int[] assignment, double[] dist) {
    int d = x.cols();
    float[] data = x.data();
    double[] sums = new double[k * d];
    int[] counts = new int[k];
    for (int i = 0; i < x.rows(); i++) {
      int c = assignment[i];
      counts[c]++;
      for (int j = 0; j < d; j++) {
        sums[c * d + j] += data[i * d + j];
      }
    }
    for (int c = 0; c < k; c++) {
      if (counts[c] == 0) {
        int far = 0;
        for (int i = 1; i < x.rows(); i++) {
          if (dist[i] > dist[far]) {
            far = i;
          }
        }
        System.arraycopy(data, far * d, centres, c * d, d);
        dist[far] = 0; // a second empty cluster takes another row
        continue;
      }
      for (int j = 0; j < d; j++) {
        centres[c * d + j] = (float) (sums[c * d + j] / counts[c]);
      }
    }
  }

  static double squaredDistance(float[] a, int aOff, float[] b, int bOff, int d) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      double diff = a[aOff + j] - b[bOff + j];
      s += diff * diff;
    }
    return s;
  }
}
