package io.sae.api.geometry;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;

/**
 * An exact k-d tree over chosen rows of a {@link FloatMatrix}, for k-nearest-neighbour queries in latent
 * spaces (d up to a few dozen) without an N x N distance matrix. Nodes split at the median of their widest
 * dimension; leaves hold up to 16 rows; a query visits the near side first and skips a far side whose
 * splitting plane is no nearer than the current k-th neighbour. Each tree keeps its bounding box, so a query
 * over the union of several trees (e.g. all other clusters) can skip whole trees ({@link #boxDistance}).
 *
 * <p>Why a tree and not Smile's: the method plugins must stay free of GPL code, and on 60,000 MNIST-like
 * latents of d = 10 this tree and Smile's {@code KDTree} were measured against blocked brute force in
 * {@code NeighbourSearchBench} (sae-eval tests); see docs/architecture.md for the numbers.
 *
 * <p>Immutable after construction and safe for concurrent queries (each query brings its own {@link NearestSet}).
 */
public final class KdTree {
  private static final int LEAF = 16;

  private final float[] data;
  private final int d;
  private final int[] rows; // permuted copy of the indexed rows; node i covers rows[lo[i]..hi[i])
  private final int[] lo;
  private final int[] hi;
  private final int[] splitDim; // -1 for leaves
  private final float[] splitValue;
  private final int[] left;
  private final int[] right;
  private final float[] boxMin;
  private final float[] boxMax;
  private int nodes;

  private KdTree(FloatMatrix points, int[] indexed) {
    data = points.data();
    d = points.cols();
    rows = indexed.clone();
    // a node splits only above LEAF rows, so leaves hold at least LEAF / 2 rows: at most n / 8 leaves, n / 4 nodes
    int maxNodes = 2 * (rows.length / (LEAF / 2) + 1);
    lo = new int[maxNodes];
    hi = new int[maxNodes];
    splitDim = new int[maxNodes];
    splitValue = new float[maxNodes];
    left = new int[maxNodes];
    right = new int[maxNodes];
    boxMin = new float[d];
    boxMax = new float[d];
    java.util.Arrays.fill(boxMin, Float.POSITIVE_INFINITY);
    java.util.Arrays.fill(boxMax, Float.NEGATIVE_INFINITY);
    for (int r : rows) {
      for (int j = 0; j < d; j++) {
        float v = data[r * d + j];
        boxMin[j] = Math.min(boxMin[j], v);
        boxMax[j] = Math.max(boxMax[j], v);
      }
    }
    build(0, rows.length);
  }

  /** A tree over the rows {@code indexed} of {@code points} (row indices into {@code points}). */
  public static KdTree build(FloatMatrix points, int[] indexed) {
    for (int r : indexed) {
      if (r < 0 || r >= points.rows()) {
        throw new InvalidInputException("k-d tree: row " + r + " is outside [0, " + points.rows() + ")");
      }
    }
    return new KdTree(points, indexed);
  }

  /** A tree over every row of {@code points}. */
  public static KdTree build(FloatMatrix points) {
    return new KdTree(points, java.util.stream.IntStream.range(0, points.rows()).toArray());
  }

  /** Number of indexed rows. */
  public int size() {
    return rows.length;
  }

  /** Squared distance from {@code q} to the bounding box of the indexed rows (0 inside; infinity when empty). */
  public double boxDistance(float[] q) {
    if (rows.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double s = 0;
    for (int j = 0; j < d; j++) {
      float v = q[j];
      double gap = v < boxMin[j] ? boxMin[j] - v : v > boxMax[j] ? v - boxMax[j] : 0;
      s += gap * gap;
    }
    return s;
  }

  /**
   * Offers to {@code into} every indexed row that can be among the query's k nearest, skipping row
   * {@code exclude} (the query's own row, or -1). Call on several trees with one set to search their union.
   */
  public void search(float[] q, int exclude, NearestSet into) {
    if (q.length != d) {
      throw new InvalidInputException("k-d tree: query has " + q.length + " values, the rows " + d);
    }
    if (rows.length > 0 && boxDistance(q) <= into.bound()) {
      search(0, q, exclude, into);
    }
  }

  private void search(int node, float[] q, int exclude, NearestSet into) {
    int dim = splitDim[node];
    if (dim < 0) {
      for (int i = lo[node]; i < hi[node]; i++) {
        int r = rows[i];
        if (r == exclude) {
          continue;
        }
        double s = 0;
        int off = r * d;
        for (int j = 0; j < d; j++) {
          double diff = data[off + j] - q[j];
          s += diff * diff;
        }
        if (s <= into.bound()) {
          into.offer(r, s);
        }
      }
      return;
    }
    double gap = q[dim] - splitValue[node];
    int near = gap <= 0 ? left[node] : right[node];
    int far = gap <= 0 ? right[node] : left[node];
    search(near, q, exclude, into);
    // <= keeps rows at exactly the bound reachable, so ties are settled by row index, not by search order
    if (gap * gap <= into.bound()) {
      search(far, q, exclude, into);
    }
  }

  private int build(int from, int to) {
    int node = nodes++;
    lo[node] = from;
    hi[node] = to;
    splitDim[node] = -1;
    if (to - from <= LEAF) {
      return node;
    }
    int dim = widestDimension(from, to);
    if (dim < 0) { // all rows equal: one leaf
      return node;
    }
    int mid = (from + to) >>> 1;
    select(from, to - 1, mid, dim);
    splitDim[node] = dim;
    splitValue[node] = data[rows[mid] * d + dim];
    // rows[from..mid) have values <= split, rows[mid..to) >= split
    left[node] = build(from, mid);
    right[node] = build(mid, to);
    return node;
  }

  private int widestDimension(int from, int to) {
    int best = -1;
    float bestSpread = 0;
    for (int j = 0; j < d; j++) {
      float min = Float.POSITIVE_INFINITY;
      float max = Float.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        float v = data[rows[i] * d + j];
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (max - min > bestSpread) {
        bestSpread = max - min;
        best = j;
      }
    }
    return best;
  }

  /** Quickselect: afterwards rows[k] holds the k-th smallest value of {@code dim}, smaller ones before it. */
  private void select(int l, int r, int k, int dim) {
    while (r > l) {
      float pivot = data[rows[(l + r) >>> 1] * d + dim];
      int i = l;
      int j = r;
      while (i <= j) {
        while (data[rows[i] * d + dim] < pivot) {
          i++;
        }
        while (data[rows[j] * d + dim] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = rows[i];
          rows[i] = rows[j];
          rows[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        r = j;
      } else if (k >= i) {
        l = i;
      } else {
        return;
      }
    }
  }
}
