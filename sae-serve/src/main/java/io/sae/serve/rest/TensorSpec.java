package io.sae.serve.rest;

import java.util.Arrays;

/**
 * A signature input or output as a SavedModel's signature def describes it.
 *
 * @param key the name clients use ({@code x}, {@code z}, ...)
 * @param dtype TensorFlow's enum name: {@code DT_FLOAT} or {@code DT_INT64}
 * @param dims the shape, -1 for the batch dimension
 */
public record TensorSpec(String key, String dtype, long[] dims) {
  public static final String FLOAT = "DT_FLOAT";
  public static final String INT64 = "DT_INT64";

  public TensorSpec {
    dims = dims.clone();
  }

  /** float32 [-1, cols]. */
  static TensorSpec floatRows(String key, int cols) {
    return new TensorSpec(key, FLOAT, new long[] {-1, cols});
  }

  /** int64 [-1]. */
  static TensorSpec int64Vector(String key) {
    return new TensorSpec(key, INT64, new long[] {-1});
  }

  @Override
  public long[] dims() { return dims.clone(); }

  /** Values per instance: the product of the dimensions after the batch one (1 for a vector). */
  public int width() {
    long w = 1;
    for (int i = 1; i < dims.length; i++) {
      w *= dims[i];
    }
    return Math.toIntExact(w);
  }

  /** The shape as TF prints it, e.g. {@code [-1,784]}. */
  public String shape() {
    return Arrays.toString(dims).replace(" ", "");
  }
}
