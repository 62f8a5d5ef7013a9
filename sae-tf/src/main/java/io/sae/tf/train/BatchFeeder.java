package io.sae.tf.train;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Gathers one mini-batch's rows on the host, feeds them as fresh tensors, runs one training step and returns
 * the batch's loss and term values. (Feeding per batch measured as fast as gathering from a variable here,
 * and keeps the data out of the graph.)
 */
final class BatchFeeder {
  private final TrainingGraph g;
  private final Dataset train;
  private final Map<String, FloatMatrix> fields;
  private final int latentDim;

  BatchFeeder(TrainingGraph g, Dataset train, Map<String, FloatMatrix> fields, int latentDim) {
    this.g = g;
    this.train = train;
    this.fields = fields;
    this.latentDim = latentDim;
  }

  /**
   * Runs one step on {@code order[from, from + n)}.
   *
   * @param noiseSeed seed of the variational noise of this batch
   * @return loss followed by the term values
   */
  float[] step(int[] order, int from, int n, long noiseSeed) {
    List<Tensor> tensors = new ArrayList<>();
    try {
      Session.Runner runner = g.session().runner();
      FloatMatrix x = train.features();
      tensors.add(feed(runner, g.model().input(), gather(x.data(), x.cols(), order, from, n), n, x.cols()));
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        y[i] = train.label(order[from + i]);
      }
      TInt32 labels = TInt32.tensorOf(Shape.of(n), DataBuffers.of(y, true, false));
      tensors.add(labels);
      runner.feed(g.labels(), labels);
      for (Map.Entry<String, Placeholder<TFloat32>> f : g.fields().entrySet()) {
        FloatMatrix m = fields.get(f.getKey());
        tensors.add(feed(runner, f.getValue(), gather(m.data(), m.cols(), order, from, n), n, m.cols()));
      }
      if (g.model().noise().isPresent()) {
        SplittableRandom r = new SplittableRandom(noiseSeed);
        float[] eps = new float[n * latentDim];
        for (int i = 0; i < eps.length; i += 2) {
          // Box-Muller: two standard normals per pair of uniforms
          double u = 1 - r.nextDouble();
          double v = r.nextDouble();
          double radius = Math.sqrt(-2 * Math.log(u));
          eps[i] = (float) (radius * Math.cos(2 * Math.PI * v));
          if (i + 1 < eps.length) {
            eps[i + 1] = (float) (radius * Math.sin(2 * Math.PI * v));
          }
        }
        tensors.add(feed(runner, g.model().noise().get(), eps, n, latentDim));
      }
      runner.addTarget(g.step()).fetch(g.loss());
      g.termValues().forEach(runner::fetch);
      try (var result = runner.run()) {
        float[] out = new float[g.termValues().size() + 1];
        for (int i = 0; i < out.length; i++) {
          out[i] = ((TFloat32) result.get(i)).getFloat();
        }
        return out;
      }
    } finally {
      tensors.forEach(Tensor::close);
    }
  }

  private static TFloat32 feed(Session.Runner runner, Placeholder<TFloat32> p, float[] values, int n, int cols) {
    TFloat32 t = TFloat32.tensorOf(Shape.of(n, cols), DataBuffers.of(values, true, false));
    runner.feed(p, t);
    return t;
  }

  private static float[] gather(float[] data, int cols, int[] order, int from, int n) {
    float[] out = new float[n * cols];
    for (int i = 0; i < n; i++) {
      System.arraycopy(data, order[from + i] * cols, out, i * cols, cols);
    }
    return out;
  }
}
