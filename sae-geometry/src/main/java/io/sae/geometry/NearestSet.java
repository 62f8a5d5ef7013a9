package io.sae.geometry;

/**
 * The k nearest rows found so far for one query: a bounded max-heap of (squared distance, row). Reused across
 * queries with {@link #reset}, and shared across several {@link ProjectedSlab}s to search their union. Among rows at
 * equal distance the smaller row index is kept, so results do not depend on the search order.
 */
public final class NearestSet {
  private final int capacity;
  private final double[] dist;
  private final int[] rows;
  private final double[] sortDist;
  private final float[] chunkBuffer = new float[ProjectedSlab.CHUNK];
  private int size;

  public NearestSet(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("a nearest set needs k >= 1, got " + k);
    }
    capacity = k;
    dist = new double[k];
    rows = new int[k];
    sortDist = new double[k];
  }

  public void reset() {
    size = 0;
  }

  public int size() {
    return size;
  }

  public int capacity() {
    return capacity;
  }

  /** The squared distance a row must beat to enter: the k-th best so far, or infinity while not full. */
  public double bound() {
    return size < capacity ? Double.POSITIVE_INFINITY : dist[0];
  }

  /** Offers a row at squared distance {@code d2}. */
  public void offer(int row, double d2) {
    if (size < capacity) {
      dist[size] = d2;
      rows[size] = row;
      siftUp(size++);
    } else if (before(d2, row, dist[0], rows[0])) {
      dist[0] = d2;
      rows[0] = row;
      siftDown(0);
    }
  }

  /** The rows found, nearest first (ties by row index). */
  public int[] rowsByDistance() {
    int[] out = new int[size];
    sortedRows(out, 0);
    return out;
  }

  /**
   * Writes the rows found, nearest first (ties by row index), into {@code out} from {@code offset}; returns how
   * many. Sorts a copy of the heap by insertion (k is small), so a query thread allocates nothing per query.
   */
  public int sortedRows(int[] out, int offset) {
    double[] d = sortDist;
    System.arraycopy(dist, 0, d, 0, size);
    System.arraycopy(rows, 0, out, offset, size);
    for (int i = 1; i < size; i++) {
      double di = d[i];
      int ri = out[offset + i];
      int j = i - 1;
      while (j >= 0 && before(di, ri, d[j], out[offset + j])) {
        d[j + 1] = d[j];
        out[offset + j + 1] = out[offset + j];
        j--;
      }
      d[j + 1] = di;
      out[offset + j + 1] = ri;
    }
    return size;
  }

  /** Scratch distances of one {@link ProjectedSlab} chunk, kept with the set so that a search allocates nothing. */
  float[] chunkBuffer() {
    return chunkBuffer;
  }

  /** Copies the rows found (in heap order) into {@code out} from {@code offset}; returns how many. */
  public int copyRows(int[] out, int offset) {
    System.arraycopy(rows, 0, out, offset, size);
    return size;
  }

  private static boolean before(double da, int ra, double db, int rb) {
    return da < db || (da == db && ra < rb);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!before(dist[parent], rows[parent], dist[i], rows[i])) {
        break;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int worst = i;
      if (l < size && before(dist[worst], rows[worst], dist[l], rows[l])) {
        worst = l;
      }
      if (r < size && before(dist[worst], rows[worst], dist[r], rows[r])) {
        worst = r;
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int a, int b) {
    double td = dist[a];
    dist[a] = dist[b];
    dist[b] = td;
    int tr = rows[a];
    rows[a] = rows[b];
    rows[b] = tr;
  }
}
