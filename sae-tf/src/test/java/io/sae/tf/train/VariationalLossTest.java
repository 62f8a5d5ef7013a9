package io.sae.tf.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.HookResult;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.SampleField;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.train.TrainingOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** The variational head and the KL term, checked against the closed form computed on the host. */
class VariationalLossTest {

  private static TrainingPlan plan(boolean withPrior) {
    ArchitectureSpec arch = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:6"), new int[] {8}, 3).withHead(new HeadSpec.Variational());
    SampleField prior = new SampleField("prior", 3);
    LossTerm kl = withPrior ? LossTerm.of(LossKinds.KL_NORMAL, 1).withField("prior_mean", prior) : LossTerm.of(LossKinds.KL_NORMAL, 1);
    EpochHook hook = new EpochHook() {
      @Override
      public List<SampleField> fills() {
        return List.of(prior);
      }

      @Override
      public HookResult refresh(io.sae.api.method.EpochState s) {
        float[] m = new float[s.train().size() * 3];
        for (int i = 0; i < s.train().size(); i++) {
          m[i * 3] = 2f; // prior mean (2, 0, 0)
        }
        return HookResult.builder().put(prior, new FloatMatrix(s.train().size(), 3, m)).build();
      }
    };
    return new TrainingPlan(arch, List.of(kl, LossTerm.of(LossKinds.RECONSTRUCTION_BCE, 1)),
        withPrior ? List.of(prior) : List.of(), withPrior ? List.of(hook) : List.of(),
        EpochSelection.LAST, ReadoutSpec.linearSvm(1), false, List.of());
  }

  @Test
  void klMatchesClosedFormWithAndWithoutPriorMean() {
    Dataset d = Fixtures.twoClasses(5, new int[] {8}, 2);
    for (boolean withPrior : new boolean[] {false, true}) {
      try (TrainingGraph g = new TrainingGraph(plan(withPrior), 2, 3, 1e-3, Fixtures.losses(), Fixtures.transforms(), io.sae.tf.device.Compute.DEFAULT)) {
        g.parameters().load(g.session(), g.parameters().initialValues());
        float[] prior = new float[15];
        for (int i = 0; i < 5; i++) {
          prior[i * 3] = 2f;
        }
        try (Tensor x = TFloat32.tensorOf(Shape.of(5, 8), DataBuffers.of(d.features().data(), true, false));
            Tensor y = TInt32.tensorOf(Shape.of(5), DataBuffers.of(new int[5], true, false));
            Tensor noise = TFloat32.tensorOf(Shape.of(5, 3), DataBuffers.of(new float[15], true, false));
            Tensor p = TFloat32.tensorOf(Shape.of(5, 3), DataBuffers.of(prior, true, false))) {
          var runner = g.session().runner().feed(g.model().input(), x).feed(g.labels(), y).feed(g.model().noise().orElseThrow(), noise);
          if (withPrior) {
            runner.feed(g.fields().get("prior"), p);
          }
          try (var r = runner.fetch(g.model().latentMean()).fetch(g.model().latentLogVar().orElseThrow()).fetch(g.termValues().get(0))
              .fetch(g.model().latent()).run()) {
            float[] mu = new float[15];
            float[] lv = new float[15];
            float[] z = new float[15];
            ((TFloat32) r.get(0)).copyTo(DataBuffers.of(mu, false, false));
            ((TFloat32) r.get(1)).copyTo(DataBuffers.of(lv, false, false));
            ((TFloat32) r.get(3)).copyTo(DataBuffers.of(z, false, false));
            double expected = 0;
            for (int i = 0; i < 15; i++) {
              double m = withPrior && i % 3 == 0 ? 2 : 0;
              expected += 0.5 * (Math.exp(lv[i]) + (mu[i] - m) * (mu[i] - m) - 1 - lv[i]);
            }
            expected /= 5;
            assertThat(((TFloat32) r.get(2)).getFloat()).isCloseTo((float) expected, within(1e-5f));
            assertThat(z).containsExactly(mu); // zero noise: the sample is the mean
          }
        }
      }
    }
  }

  @Test
  void trainingPullsTheMeansTowardsThePrior() throws Exception {
    Dataset d = Fixtures.twoClasses(200, new int[] {8}, 4);
    var out = new Trainer(Fixtures.losses(), Fixtures.transforms())
        .train(TrainRequest.of(plan(true), Fixtures.noValidation(d), new TrainingOptions(15, 20, 1e-2, 1)));
    double[] kl = out.history().series(LossKinds.KL_NORMAL);
    assertThat(kl[kl.length - 1]).isLessThan(kl[0] / 4);
  }
}
