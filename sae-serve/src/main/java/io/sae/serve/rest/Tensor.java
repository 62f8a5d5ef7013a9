package io.sae.serve.rest;

import io.sae.api.data.FloatMatrix;

/** A signature's input or output value: one row (or one scalar) per instance. */
public sealed interface Tensor {

  /** Number of instances (the batch dimension). */
  int batch();

  /** float32 [batch, cols]. */
  record Floats(FloatMatrix value) implements Tensor {
    @Override
    public int batch() { return value.rows(); }
  }

  /** int64 [batch]: one scalar per instance (class indices). */
  record Int64s(long[] value) implements Tensor {
    @Override
    public int batch() { return value.length; }
  }
}
