package io.sae.tf.train;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.tf.device.Placement;
import io.sae.tf.graph.ModelGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Turns one mini-batch into fed tensors and runs one training step on them. Building the tensors (gathering
 * rows on the host and copying them into native memory) is separate from running, so the trainer can build
 * the next batch while TensorFlow runs the current one. (Feeding per batch measured as fast as gathering from
 * a variable here, and keeps the data out of the graph.)
 */
final class BatchFeeder {
  private final TrainingGraph g;
  private final Dataset train;
  private final Map<String, FloatMatrix> fields;
  private final int latentDim;

  /** The tensors of one batch, in feed order; close after the step. */
  record Batch(int size, List<Tensor> tensors) implements AutoCloseable {
    @Override
    public void close() {
      tensors.forEach(Tensor::close);
    }
  }

  BatchFeeder(TrainingGraph g, Dataset train, Map<String, FloatMatrix> fields, int latentDim) {
    this.g = g;
    this.train = train;
    this.fields = fields;
    this.latentDim = latentDim;
  }

  /**
   * Builds the tensors of {@code order[from, from + n)}: input rows, labels, sample fields, the one-hot condition of
   * label-conditioned models, and for variational models standard normal noise drawn from {@code noiseSeed}.
   */
  Batch prepare(int[] order, int from, int n, long noiseSeed) {
    List<Tensor> tensors = new ArrayList<>();
    try {
      FloatMatrix x = train.features();
      tensors.add(tensor(gather(x.data(), x.cols(), order, from, n), n, x.cols()));
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        y[i] = train.label(order[from + i]);
      }
      tensors.add(TInt32.tensorOf(Shape.of(n), DataBuffers.of(y, true, false)));
      for (String name : g.fields().keySet()) {
        FloatMatrix m = fields.get(name);
        tensors.add(tensor(gather(m.data(), m.cols(), order, from, n), n, m.cols()));
      }
      if (g.model().condition().isPresent()) {
        FloatMatrix c = ModelGraph.conditionRows(y, g.model().spec().conditionalClasses());
        tensors.add(tensor(c.data(), n, c.cols()));
      }
      if (g.model().noise().isPresent()) {
        tensors.add(tensor(standardNormal(n * latentDim, new SplittableRandom(noiseSeed)), n, latentDim));
      }
      return new Batch(n, tensors);
    } catch (RuntimeException e) {
      tensors.forEach(Tensor::close);
      throw e;
    }
  }

  /**
   * Runs one training step on a prepared batch.
   *
   * @return loss followed by the term values
   */
  float[] step(Batch batch) {
    try (var result = runner(batch).run()) {
      return values(result);
    }
  }

  /** The losses of a step and where its ops ran: {@link #step} traced by TensorFlow's step statistics. */
  record Traced(float[] losses, Placement placement) {}

  /**
   * A traced run starts TensorFlow's profiler, of which a process has one: a second traced run while one is going
   * fails ("Another profiling session active"), as two trainings of one JVM did (Spark tasks, a retraining server).
   * So traced steps take turns; untraced steps never wait for them.
   */
  private static final Object TRACING = new Object();

  /** {@link #step}, traced: the same computation, with the devices its ops ran on. */
  Traced stepTraced(Batch batch) {
    Session.Runner runner = runner(batch)
        .setOptions(RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build());
    synchronized (TRACING) {
      try (var result = runner.runAndFetchMetadata()) {
        return new Traced(values(result), Placement.of(result.getMetadata().orElseThrow()));
      }
    }
  }

  private Session.Runner runner(Batch batch) {
    Session.Runner runner = g.session().runner();
    List<Tensor> t = batch.tensors();
    int i = 0;
    runner.feed(g.model().input(), t.get(i++));
    runner.feed(g.labels(), t.get(i++));
    for (Placeholder<TFloat32> p : g.fields().values()) {
      runner.feed(p, t.get(i++));
    }
    if (g.model().condition().isPresent()) {
      runner.feed(g.model().condition().get(), t.get(i++));
    }
    if (g.model().noise().isPresent()) {
      runner.feed(g.model().noise().get(), t.get(i));
    }
    runner.addTarget(g.step()).fetch(g.loss());
    g.termValues().forEach(runner::fetch);
    return runner;
  }

  private float[] values(org.tensorflow.Result result) {
    float[] out = new float[g.termValues().size() + 1];
    for (int k = 0; k < out.length; k++) {
      out[k] = ((TFloat32) result.get(k)).getFloat();
    }
    return out;
  }

  private static TFloat32 tensor(float[] values, int n, int cols) {
    return TFloat32.tensorOf(Shape.of(n, cols), DataBuffers.of(values, true, false));
  }

  private static float[] standardNormal(int count, SplittableRandom r) {
    float[] eps = new float[count];
    for (int i = 0; i < count; i += 2) {
      // Box-Muller: two standard normals per pair of uniforms
      double u = 1 - r.nextDouble();
      double v = r.nextDouble();
      double radius = Math.sqrt(-2 * Math.log(u));
      eps[i] = (float) (radius * Math.cos(2 * Math.PI * v));
      if (i + 1 < count) {
        eps[i + 1] = (float) (radius * Math.sin(2 * Math.PI * v));
      }
    }
    return eps;
  }

  private static float[] gather(float[] data, int cols, int[] order, int from, int n) {
    float[] out = new float[n * cols];
    for (int i = 0; i < n; i++) {
      System.arraycopy(data, order[from + i] * cols, out, i * cols, cols);
    }
    return out;
  }
}
