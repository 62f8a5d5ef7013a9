package io.sae.tf.graph;

import io.sae.api.data.FloatMatrix;
import java.util.ArrayList;
import java.util.List;
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
    return run(session, List.of(input), List.of(x), output, outCols);
  }

  /**
   * {@code output} for every row of several row-aligned inputs (e.g. samples and their one-hot condition), each
   * fed to its placeholder.
   */
  public static FloatMatrix run(Session session, List<? extends Operand<TFloat32>> inputs, List<FloatMatrix> xs, Operand<TFloat32> output,
      int outCols) {
    int rows = xs.getFirst().rows();
    for (FloatMatrix x : xs) {
      if (x.rows() != rows) {
        throw new IllegalArgumentException("inputs of one inference must have the same rows, got " + x.rows() + " and " + rows);
      }
    }
    float[] out = new float[Math.multiplyExact(rows, outCols)];
    for (int from = 0; from < rows; from += BATCH) {
      int n = Math.min(BATCH, rows - from);
      List<TFloat32> fed = new ArrayList<>();
      try {
        Session.Runner runner = session.runner();
        for (int k = 0; k < xs.size(); k++) {
          FloatMatrix x = xs.get(k);
          float[] chunkIn = new float[n * x.cols()];
          System.arraycopy(x.data(), from * x.cols(), chunkIn, 0, chunkIn.length);
          TFloat32 t = TFloat32.tensorOf(Shape.of(n, x.cols()), DataBuffers.of(chunkIn, true, false));
          fed.add(t);
          runner.feed(inputs.get(k), t);
        }
        try (var result = runner.fetch(output).run()) {
          TFloat32 t = (TFloat32) result.get(0);
          float[] chunk = new float[n * outCols];
          t.copyTo(DataBuffers.of(chunk, false, false));
          System.arraycopy(chunk, 0, out, from * outCols, chunk.length);
        }
      } finally {
        fed.forEach(TFloat32::close);
      }
    }
    return new FloatMatrix(rows, outCols, out);
  }
}
