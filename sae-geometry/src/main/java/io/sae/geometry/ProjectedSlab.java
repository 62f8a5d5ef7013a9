package io.sae.geometry;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;

/**
 * Exact k-nearest-neighbour search over chosen rows, sorted by their projection on one unit direction w: since
 * {@code |w . (x - q)| <= |x - q|}, a query scans outward from its own projection in both directions and stops a side
 * once the projection gap alone exceeds its k-th best distance. The rows are stored column-major in that
 * order, in chunks of {@value #CHUNK} rows, so each chunk is one vectorisable distance loop. No N x N matrix.
 *
 * <p>Choosing w: the principal axis of the rows ({@link #principalAxis}) for neighbours within a group; for the
 * nearest members of another group, the direction from the query's group mean to that group's mean, so that
 * a far group is skipped after one comparison ({@link #gap}). On 60,000 MNIST autoencoder latents (d = 10,
 * 10 k-means clusters) this was measured against a k-d tree and blocked brute force in
 * {@code GroupNeighboursBench}; see docs/architecture.md.
 *
 * <p>Distances are squared Euclidean accumulated in float; the projection test keeps a relative slack of
 * 1e-5, so float rounding of the projections cannot drop a true neighbour. Immutable; concurrent queries are
 * safe (each brings its own {@link NearestSet}).
 */
public final class ProjectedSlab {
  static final int CHUNK = 128;
  private static final double SLACK = 1 + 1e-5;

  private final int d;
  private final int n;
  private final double[] w;
  private final double[] proj; // increasing
  private final int[] rows; // original row indices, in projection order
  // chunk c, dimension j: chunks[c * d + j][t] is value j of the row at position c * CHUNK + t. One array per
  // chunk and dimension, read from index 0 like the distance buffer: in a micro-benchmark on JDK 25 the loop
  // ran 4-6x faster than reading one flat column-major array at j * n + from (HotSpot vectorised only the
  // former; presumably it cannot rule out that two float[] at different offsets alias). docs/architecture.md,
  // "Neighbour search", has the numbers.
  private final float[][] chunks;

  private ProjectedSlab(FloatMatrix points, int[] indexed, double[] direction) {
    d = points.cols();
    n = indexed.length;
    w = unit(direction);
    float[] data = points.data();
    double[] p = new double[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      p[i] = dot(data, indexed[i] * d, w, d);
    }
    sortByProjection(order, p, indexed);
    proj = new double[n];
    rows = new int[n];
    int chunkCount = (n + CHUNK - 1) / CHUNK;
    chunks = new float[chunkCount * d][];
    for (int c = 0; c < chunkCount; c++) {
      int m = Math.min(CHUNK, n - c * CHUNK);
      for (int j = 0; j < d; j++) {
        chunks[c * d + j] = new float[m];
      }
    }
    for (int s = 0; s < n; s++) {
      int i = order[s];
      proj[s] = p[i];
      rows[s] = indexed[i];
      int c = s / CHUNK;
      for (int j = 0; j < d; j++) {
        chunks[c * d + j][s - c * CHUNK] = data[indexed[i] * d + j];
      }
    }
  }

  /**
   * @param points the rows to index from
   * @param indexed row indices into {@code points}
   * @param direction the projection direction (any non-zero length; it is normalised)
   */
  public static ProjectedSlab build(FloatMatrix points, int[] indexed, double[] direction) {
    if (direction.length != points.cols()) {
      throw new InvalidInputException("projected search: direction has " + direction.length + " values, rows " + points.cols());
    }
    for (int r : indexed) {
      if (r < 0 || r >= points.rows()) {
        throw new InvalidInputException("projected search: row " + r + " is outside [0, " + points.rows() + ")");
      }
    }
    return new ProjectedSlab(points, indexed, direction);
  }

  /** Number of indexed rows. */
  public int size() {
    return n;
  }

  /**
   * A lower bound on the squared distance from {@code q} to every indexed row: the squared gap between its
   * projection and the indexed rows' projection range (0 inside; infinity when empty).
   */
  public double gap(float[] q) {
    if (n == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double p = project(q);
    double g = p < proj[0] ? proj[0] - p : p > proj[n - 1] ? p - proj[n - 1] : 0;
    return g * g;
  }

  /**
   * Offers to {@code into} every indexed row that can be among the query's k nearest, skipping row
   * {@code exclude} (the query's own row, or -1). Call on several slabs with one set to search their union.
   */
  public void search(float[] q, int exclude, NearestSet into) {
    if (q.length != d) {
      throw new InvalidInputException("projected search: query has " + q.length + " values, the rows " + d);
    }
    if (n == 0) {
      return;
    }
    double p = project(q);
    int chunkCount = chunks.length / d;
    // Whole chunks are scanned, outward from the one holding the query's position. A chunk above it starts at
    // or above p, one below ends below p, so its first (last) projection bounds the gap of all its rows.
    int right = Math.min(lowerBound(p), n - 1) / CHUNK; // next chunk upwards
    int left = right - 1; // next chunk downwards
    float[] dist = into.chunkBuffer();
    boolean first = true;
    while (right < chunkCount || left >= 0) {
      double bound = into.bound() * SLACK;
      boolean goRight = right < chunkCount && (first || sq(proj[right * CHUNK] - p) <= bound);
      boolean goLeft = left >= 0 && sq(p - proj[Math.min(n, (left + 1) * CHUNK) - 1]) <= bound;
      first = false;
      if (!goRight && !goLeft) {
        return;
      }
      if (goRight) {
        scan(q, right++, exclude, into, dist);
      } else {
        right = chunkCount; // the gap only grows upwards: this side is done
      }
      if (goLeft) {
        scan(q, left--, exclude, into, dist);
      } else {
        left = -1;
      }
    }
  }

  private void scan(float[] q, int chunk, int exclude, NearestSet into, float[] dist) {
    int from = chunk * CHUNK;
    int m = Math.min(CHUNK, n - from);
    float[] col = chunks[chunk * d];
    float v = q[0];
    for (int c = 0; c < m; c++) {
      float diff = col[c] - v;
      dist[c] = diff * diff;
    }
    for (int j = 1; j < d; j++) {
      col = chunks[chunk * d + j];
      v = q[j];
      for (int c = 0; c < m; c++) {
        float diff = col[c] - v;
        dist[c] += diff * diff;
      }
    }
    double bound = into.bound();
    for (int c = 0; c < m; c++) {
      if (dist[c] <= bound && rows[from + c] != exclude) {
        into.offer(rows[from + c], dist[c]);
        bound = into.bound();
      }
    }
  }

  /**
   * Sorts {@code order} (positions into {@code p} and {@code indexed}) by projection, ties by row index: a stable
   * merge sort on primitives: the order a boxed {@code Arrays.sort} with that comparator gives, without boxing
   * the indices (boxed sorts showed in a profile of the ccae neighbour search).
   */
  static void sortByProjection(int[] order, double[] p, int[] indexed) {
    int[] buffer = new int[order.length];
    mergeSort(order, buffer, 0, order.length, p, indexed);
  }

  private static void mergeSort(int[] a, int[] buffer, int from, int to, double[] p, int[] indexed) {
    if (to - from <= 16) { // insertion sort: stable
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && before(x, a[j], p, indexed)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, buffer, from, mid, p, indexed);
    mergeSort(a, buffer, mid, to, p, indexed);
    if (!before(a[mid], a[mid - 1], p, indexed)) {
      return; // already in order
    }
    System.arraycopy(a, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int o = from; o < to; o++) {
      // take from the right only when strictly before the left: equal keys keep their order (stable)
      a[o] = j < to && (i >= mid || before(buffer[j], buffer[i], p, indexed)) ? buffer[j++] : buffer[i++];
    }
  }

  /** Whether position x sorts strictly before position y. */
  private static boolean before(int x, int y, double[] p, int[] indexed) {
    int c = Double.compare(p[x], p[y]);
    return c < 0 || c == 0 && indexed[x] < indexed[y];
  }

  private int lowerBound(double p) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (proj[mid] < p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private double project(float[] q) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      s += q[j] * w[j];
    }
    return s;
  }

  /**
   * The direction of largest variance of the rows (power iteration on their covariance from a fixed start,
   * 50 steps; deterministic). Falls back to the first axis when the rows have no spread.
   */
  public static double[] principalAxis(FloatMatrix points, int[] indexed) {
    int d = points.cols();
    float[] data = points.data();
    double[] mean = new double[d];
    for (int r : indexed) {
      for (int j = 0; j < d; j++) {
        mean[j] += data[r * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= Math.max(1, indexed.length);
    }
    double[][] cov = new double[d][d];
    double[] c = new double[d];
    for (int r : indexed) {
      for (int j = 0; j < d; j++) {
        c[j] = data[r * d + j] - mean[j];
      }
      for (int a = 0; a < d; a++) {
        for (int b = a; b < d; b++) {
          cov[a][b] += c[a] * c[b];
        }
      }
    }
    double[] v = new double[d];
    for (int j = 0; j < d; j++) {
      v[j] = 1 + 0.01 * j; // fixed, not orthogonal to any axis in practice
    }
    for (int it = 0; it < 50; it++) {
      double[] next = new double[d];
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < d; b++) {
          next[a] += (a <= b ? cov[a][b] : cov[b][a]) * v[b];
        }
      }
      double norm = Math.sqrt(dot(next, next));
      if (!(norm > 0)) {
        double[] axis = new double[d];
        axis[0] = 1;
        return axis;
      }
      for (int j = 0; j < d; j++) {
        v[j] = next[j] / norm;
      }
    }
    return v;
  }

  private static double[] unit(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    if (!(norm > 0) || !Double.isFinite(norm)) {
      throw new InvalidInputException("projected search: the direction must be finite and non-zero");
    }
    double[] u = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      u[j] = v[j] / norm;
    }
    return u;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }

  private static double dot(float[] data, int off, double[] w, int d) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      s += data[off + j] * w[j];
    }
    return s;
  }

  private static double sq(double v) {
    return v * v;
  }
}
