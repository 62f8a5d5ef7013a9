package io.sae.tf.graph;

import io.sae.api.data.FloatMatrix;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Runs a graph function row-batch by row-batch over a matrix (bounded native memory for large inputs). */
public final class BatchedInference {
  /** Rows per run; large enough to amortise the per-run overhead. */
  public static final int BATCH = 1024;

  private BatchedInference() {}

  /** {@code output} for every row of {@code x} fed to {@code input}; the output has {@code outCols} columns. */
  public static FloatMatrix run(Session session, Operand<TFloat32> input, Operand<TFloat32> output, FloatMatrix x, int outCols) {
    float[] out = new float[Math.multiplyExact(x.rows(), outCols)];
    for (int from = 0; from < x.rows(); from += BATCH) {
      int n = Math.min(BATCH, x.rows() - from);
      float[] rows = new float[n * x.cols()];
      System.arraycopy(x.data(), from * x.cols(), rows, 0, rows.length);
      try (TFloat32 in = TFloat32.tensorOf(Shape.of(n, x.cols()), DataBuffers.of(rows, true, false));
          var result = session.runner().feed(input, in).fetch(output).run()) {
        TFloat32 t = (TFloat32) result.get(0);
        float[] chunk = new float[n * outCols];
        t.copyTo(DataBuffers.of(chunk, false, false));
        System.arraycopy(chunk, 0, out, from * outCols, chunk.length);
      }
    }
    return new FloatMatrix(x.rows(), outCols, out);
  }
}
