package io.sae.api.data;

import java.util.Arrays;

/**
 * A dense row-major float matrix: the one array type that crosses module boundaries (features, latents,
 * targets, scores). The array is shared, not copied, for speed; treat it as read-only once built.
 *
 * @param rows number of rows (samples)
 * @param cols number of columns (features per sample)
 * @param data {@code rows * cols} values, row after row
 */
public record FloatMatrix(int rows, int cols, float[] data) {

  public FloatMatrix {
    if (rows < 0 || cols < 0) throw new IllegalArgumentException("negative matrix size " + rows + "x" + cols);
    if ((long) rows * cols != data.length) {
      throw new IllegalArgumentException(
          "matrix " + rows + "x" + cols + " needs " + (long) rows * cols + " values, got " + data.length);
    }
  }

  /** A zero matrix. */
  public static FloatMatrix zeros(int rows, int cols) {
    return new FloatMatrix(rows, cols, new float[Math.multiplyExact(rows, cols)]);
  }

  /** Copies a {@code double[][]} (all rows of equal length). */
  public static FloatMatrix of(double[][] values) {
    int cols = values.length == 0 ? 0 : values[0].length;
    float[] data = new float[values.length * cols];
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != cols) {
        throw new IllegalArgumentException("row " + i + " has " + values[i].length + " values, expected " + cols);
      }
      for (int j = 0; j < cols; j++) {
        data[i * cols + j] = (float) values[i][j];
      }
    }
    return new FloatMatrix(values.length, cols, data);
  }

  public float get(int row, int col) { return data[row * cols + col]; }

  /** A copy of one row. */
  public float[] row(int row) { return Arrays.copyOfRange(data, row * cols, (row + 1) * cols); }

  /** The rows at {@code indices}, in that order, as a new matrix. */
  public FloatMatrix rows(int[] indices) {
    float[] out = new float[indices.length * cols];
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(data, indices[i] * cols, out, i * cols, cols);
    }
    return new FloatMatrix(indices.length, cols, out);
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) as a new matrix. */
  public FloatMatrix rowRange(int from, int to) {
    return new FloatMatrix(to - from, cols, Arrays.copyOfRange(data, from * cols, to * cols));
  }

  /** The matrix as {@code double[][]}, the form Smile and Commons Math take. */
  public double[][] toDoubleRows() {
    double[][] out = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out[i][j] = data[i * cols + j];
      }
    }
    return out;
  }

  /** Index of the first non-finite value, or -1 when all values are finite. */
  public long firstNonFinite() {
    for (int i = 0; i < data.length; i++) {
      if (!Float.isFinite(data[i])) return i;
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FloatMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
  }

  @Override
  public int hashCode() { return 31 * (31 * rows + cols) + Arrays.hashCode(data); }

  @Override
  public String toString() { return "FloatMatrix[" + rows + "x" + cols + "]"; }
}
