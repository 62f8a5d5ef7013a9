package io.sae.data.io;

import io.sae.api.data.FloatMatrix;
import java.util.Arrays;

/**
 * An n-dimensional array read from a file, flattened to a matrix: one row per entry of the first axis, the
 * remaining axes flattened in C (row-major) order into the columns.
 *
 * @param matrix the values, {@code shape[0]} rows by the product of the other axes
 * @param shape the full shape, first axis included (e.g. {@code [60000, 28, 28, 1]})
 * @param dtype the element type stored in the file, as a NumPy-style code ({@code u1}, {@code i1},
 *     {@code i2}, {@code u2}, {@code i4}, {@code i8}, {@code f4}, {@code f8}, {@code b1})
 */
public record ShapedArray(FloatMatrix matrix, int[] shape, String dtype) {

  public ShapedArray {
    shape = shape.clone();
    if (shape.length == 0) {
      throw new IllegalArgumentException("shape must have at least one axis");
    }
    long cols = 1;
    for (int i = 1; i < shape.length; i++) {
      cols *= shape[i];
    }
    if (shape[0] != matrix.rows() || cols != matrix.cols()) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " does not match a " + matrix.rows() + "x" + matrix.cols() + " matrix");
    }
  }

  /** The full shape, first axis included (a copy). */
  @Override
  public int[] shape() {
    return shape.clone();
  }

  /** The shape of one row: every axis but the first (empty for a 1-D array). */
  public int[] sampleShape() {
    return Arrays.copyOfRange(shape, 1, shape.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShapedArray a && a.matrix.equals(matrix) && Arrays.equals(a.shape, shape) && a.dtype.equals(dtype);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * matrix.hashCode() + Arrays.hashCode(shape)) + dtype.hashCode();
  }

  @Override
  public String toString() {
    return "ShapedArray[" + dtype + " " + Arrays.toString(shape) + "]";
  }
}
