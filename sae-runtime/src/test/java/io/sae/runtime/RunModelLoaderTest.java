package io.sae.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.DataFacts;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.Classification;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.model.SaeModel;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.runtime.run.RunModelLoader;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.Parameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders that cannot be opened are refused with the reason. (Opening good runs: ExportCommandTest, examples/embedding.) */
class RunModelLoaderTest {
  private static final String FACTS = "\"facts\":{\"dataset\":\"d\",\"sampleShape\":[4],\"classNames\":[\"a\",\"b\"],"
      + "\"trainSize\":10,\"labeledPerClass\":[5,5],\"validationSize\":0}";

  private static Path run(Path dir, String method, String state) throws Exception {
    Files.createDirectories(dir.resolve("model"));
    Files.writeString(dir.resolve("config.json"),
        "{\"method\":\"" + method + "\",\"options\":{}," + FACTS + ",\"architecture\":\"dense:8\",\"latent\":2,\"seed\":1,\"epochs\":1,"
            + "\"data\":{\"dataset\":\"d\",\"labels\":-1,\"validation\":0.1,\"seed\":1},\"batchSize\":8,\"learningRate\":0.001}");
    Files.writeString(dir.resolve("status.json"), "{\"state\":\"" + state + "\"}");
    return dir;
  }

  @Test
  void incompleteRun(@TempDir Path tmp) throws Exception {
    Path r = run(tmp.resolve("r"), "ae", "training");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not complete").hasMessageContaining("--resume");
  }

  @Test
  void methodNoPluginRegisters(@TempDir Path tmp) throws Exception {
    Path r = run(tmp.resolve("r"), "center-loss", "complete");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("method 'center-loss'").hasMessageContaining("no plugin on the classpath").hasMessageContaining("ae");
  }

  @Test
  void corruptWeightsAndConfig(@TempDir Path tmp) throws Exception {
    Path r = run(tmp.resolve("r"), "ae", "complete");
    Files.writeString(r.resolve("model/weights.bin"), "garbage!");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class).hasMessageContaining("weights.bin");
    Files.writeString(r.resolve("config.json"), "{\"method\": ");
    assertThatThrownBy(() -> SaeModel.load(r)).isInstanceOf(InvalidInputException.class).hasMessageContaining("config.json");
    assertThat(new RunModelLoader().accepts(tmp)).isFalse();
  }

  /** The embedding runtime has readout graphs only (no sae-eval fitters here): a softmax-head run still classifies. */
  @Test
  void aRunClassifiesWithTheReadoutGraphAlone(@TempDir Path tmp) throws Exception {
    Path r = run(tmp.resolve("r"), "classifier", "complete");
    TrainingPlan plan;
    try (SaeRuntime runtime = new SaeRuntime(tmp.resolve("cache"), line -> {}, List.of())) {
      assertThat(runtime.extensions(ExtensionPoint.READOUTS)).isEmpty();
      StructuringMethod m = runtime.method("classifier");
      plan = m.plan(new PlanRequest(new MethodOptions(m.name(), m.options(), Map.of()),
          new DataFacts("d", new int[] {4}, List.of("a", "b"), 10, new int[] {5, 5}, 0), NetworkSpecs.parse("dense:8"), 2, 1));
    }
    try (Graph g = new Graph()) {
      Parameters p = new Parameters(Ops.create(g), 1);
      new ModelGraph(Ops.create(g), plan.architecture(), p, Map.of());
      p.initialValues().write(r.resolve("model/weights.bin"));
    }
    FloatMatrix x = new FloatMatrix(3, 4, new float[] {0.1f, 0.9f, 0.3f, 0.2f, 0.8f, 0.1f, 0.5f, 0.4f, 0.3f, 0.3f, 0.7f, 0.6f});
    try (SaeModel model = SaeModel.load(r)) {
      assertThat(model.canClassify()).isTrue();
      Classification c = model.classify(x);
      FloatMatrix p = model.classProbabilities(x);
      for (int i = 0; i < 3; i++) {
        assertThat(c.scores().row(i)).containsExactly(p.row(i));
        assertThat(c.classes()[i]).isEqualTo(p.get(i, 1) > p.get(i, 0) ? 1 : 0);
      }
    }
  }
}
