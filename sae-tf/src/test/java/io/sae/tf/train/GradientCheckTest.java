package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.Dataset;
import io.sae.api.method.EpochSelection;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tensorflow.Output;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The graph's analytic gradients (TensorFlow's registered gradients through conv, transposed conv, pooling,
 * dense layers, log-softmax and the masked means) agree with central finite differences of the loss.
 */
class GradientCheckTest {

  @ParameterizedTest
  // Smooth activations where layers stack: a finite difference that straddles a ReLU kink is not a gradient.
  // ReLU, pooling and transposed convolutions are covered by the single-conv-layer case.
  @ValueSource(strings = {"dense:5:sigmoid:sigmoid", "conv:2,3:3:tanh:sigmoid", "conv:3:3:relu:linear", "dense:4:tanh:linear"})
  void gradientsMatchFiniteDifferences(String arch) {
    int[] shape = arch.startsWith("conv") ? new int[] {6, 6, 1} : new int[] {8};
    Dataset d = Fixtures.twoClasses(6, shape, 3);
    int[] labels = {0, 1, -1, 1, 0, -1}; // unlabelled rows must not reach the cross-entropy
    ArchitectureSpec spec = ArchitectureSpec.autoencoder(NetworkSpecs.parse(arch), shape, 3)
        .withHead(new HeadSpec.Classifier(2, List.of(4)));
    List<LossTerm> terms = new ArrayList<>(List.of(
        LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 0.7),
        LossTerm.of(LossKinds.SOFTMAX_CROSS_ENTROPY, 0.3)));
    if (!arch.endsWith("linear")) {
      terms.add(LossTerm.of(LossKinds.RECONSTRUCTION_BCE, 0.01));
    }
    TrainingPlan plan = new TrainingPlan(spec, terms, List.of(), List.of(), EpochSelection.LAST,
        ReadoutSpec.softmaxHead(), false, List.of());
    try (TrainingGraph g = new TrainingGraph(plan, 2, 11, 1e-3, Fixtures.losses(), Fixtures.transforms(), io.sae.tf.device.Compute.DEFAULT)) {
      Parameters params = g.parameters();
      ParameterSnapshot init = params.initialValues();
      params.load(g.session(), init);
      List<Parameters.Entry> model = params.entries(Parameters.Kind.MODEL);
      Gradients grads = g.tf().gradients(g.loss(), model.stream().map(Parameters.Entry::variable).toList());
      int checked = 0;
      for (int p = 0; p < model.size(); p++) {
        Parameters.Entry e = model.get(p);
        float[] analytic = evaluate(g, grads.<TFloat32>dy(p), d, labels, init.get(e.name()).values().length);
        float[] base = init.get(e.name()).values();
        for (int idx : new int[] {0, base.length / 2, base.length - 1}) {
          double h = 1e-3;
          double up = lossWith(g, init, e.name(), idx, base[idx] + h, d, labels);
          double down = lossWith(g, init, e.name(), idx, base[idx] - h, d, labels);
          double numeric = (up - down) / (2 * h);
          assertThat(analytic[idx])
              .as("d loss / d %s[%d] (%s)", e.name(), idx, arch)
              .isCloseTo((float) numeric, org.assertj.core.api.Assertions.within((float) (2e-3 + 2e-2 * Math.abs(numeric))));
          checked++;
        }
      }
      assertThat(checked).isGreaterThan(20);
    }
  }

  private static double lossWith(TrainingGraph g, ParameterSnapshot init, String name, int idx, double value, Dataset d, int[] labels) {
    Map<String, ParameterSnapshot.Array> arrays = new LinkedHashMap<>();
    init.arrays().forEach((k, v) -> arrays.put(k, v.copy()));
    arrays.get(name).values()[idx] = (float) value;
    g.parameters().load(g.session(), new ParameterSnapshot(arrays));
    float[] loss = evaluate(g, g.loss().asOutput(), d, labels, 1);
    g.parameters().load(g.session(), init);
    return loss[0];
  }

  private static float[] evaluate(TrainingGraph g, Output<TFloat32> what, Dataset d, int[] labels, int size) {
    try (Tensor x = TFloat32.tensorOf(Shape.of(d.size(), d.dimension()), DataBuffers.of(d.features().data(), true, false));
        Tensor y = TInt32.tensorOf(Shape.of(labels.length), DataBuffers.of(labels, true, false));
        var r = g.session().runner().feed(g.model().input(), x).feed(g.labels(), y).fetch(what).run()) {
      float[] out = new float[size];
      ((TFloat32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
      return out;
    }
  }
}
