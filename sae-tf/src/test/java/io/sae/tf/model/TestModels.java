package io.sae.tf.model;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.ArchitectureSpec;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import java.util.Map;
import java.util.Random;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;

/** Seeded initial weights and random inputs for inference tests. */
public final class TestModels {
  private TestModels() {}

  public static ParameterSnapshot initialWeights(ArchitectureSpec spec, long seed) {
    try (Graph g = new Graph()) {
      Parameters p = new Parameters(Ops.create(g), seed);
      new ModelGraph(Ops.create(g), spec, p, Map.of());
      return p.initialValues();
    }
  }

  public static FloatMatrix uniform(int rows, int cols, long seed) {
    Random r = new Random(seed);
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextFloat();
    }
    return new FloatMatrix(rows, cols, v);
  }
}
