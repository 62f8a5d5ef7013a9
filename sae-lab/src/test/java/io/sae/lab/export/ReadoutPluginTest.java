package io.sae.lab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.model.SaeModel;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.ExtensionSet;
import io.sae.eval.readout.EvalReadouts;
import io.sae.runtime.SaeRuntime;
import io.sae.tf.TfExtensions;
import io.sae.tf.TfPlugin;
import io.sae.tf.export.ExportMetadata;
import io.sae.tf.export.SavedModelExport;
import io.sae.tf.export.VersionedExport;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import io.sae.tf.model.TfModel;
import io.sae.tf.spi.Readout;
import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.readout.Readouts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;

/** A plugin's readout kind end to end: host fit and predict, in-process classify and a SavedModel agree. */
class ReadoutPluginTest {
  private static final ArchitectureSpec ARCH = ArchitectureSpec.autoencoder(NetworkSpecs.parse("dense:16"), new int[] {12}, 3);
  private static final ModelInfo INFO = new ModelInfo("t", ARCH, List.of("a", "b", "c"));
  private static final ExtensionSet PLUGINS = ExtensionSet.of(new TfPlugin(), new EvalReadouts(), new ClassMeanReadoutPlugin());

  private static ParameterSnapshot weights() {
    try (Graph g = new Graph()) {
      Parameters p = new Parameters(Ops.create(g), 3);
      new ModelGraph(Ops.create(g), ARCH, p, Map.of());
      return p.initialValues();
    }
  }

  private static FloatMatrix uniform(int rows, int cols) {
    Random r = new Random(5);
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextFloat();
    }
    return new FloatMatrix(rows, cols, v);
  }

  @Test
  void fitPredictAndGraphAgree(@TempDir Path tmp) throws Exception {
    ParameterSnapshot w = weights();
    FloatMatrix x = uniform(9, 12);
    int[] y = {0, 1, 2, 0, 1, 2, 0, 1, 2};
    ReadoutSpec spec = ReadoutSpec.of(ClassMeanReadoutPlugin.KIND, Map.of());
    Map<String, ReadoutGraph> graphs = PLUGINS.get(TfExtensions.READOUT_GRAPHS);
    int[] host;
    Readout readout;
    try (TfModel plain = new TfModel(INFO, w, Map.of())) {
      FloatMatrix z = plain.encode(x);
      ReadoutFitter fitter = PLUGINS.get(ExtensionPoint.READOUTS).get(ClassMeanReadoutPlugin.KIND);
      ReadoutFitter.Fitted fitted = fitter.fit(spec, new ReadoutFitter.Training(z, y, 3, 0L, plain));
      host = fitted.predict(x, z);
      // the mean of class 0 is the mean of the latents of rows 0, 3 and 6
      float mean00 = (z.get(0, 0) + z.get(3, 0) + z.get(6, 0)) / 3;
      assertThat(fitted.parameters().get("means").get(0, 0)).isEqualTo(mean00, org.assertj.core.api.Assertions.within(1e-6f));
      // a plan naming the kind gets no readout without fitting: the graph needs the fitted means
      assertThat(Readouts.unfitted(graphs, spec, ARCH)).isEmpty();
      readout = Readouts.fitted(graphs, fitted.graphKind(), 3, fitted.parameters(), fitted.describe());
    }
    assertThat(readout.describe()).isEqualTo("nearest class mean of 9 labelled latents (scores: negative squared distances)");
    try (TfModel m = new TfModel(INFO, w, Map.of(), Optional.of(readout))) {
      assertThat(m.classify(x).classes()).containsExactly(host);
    }
    Path exportDir = tmp.resolve("export");
    Path v1 = VersionedExport.publish(exportDir, 1, false, into -> SavedModelExport.write(INFO, w, Map.of(), Optional.of(readout), into));
    ExportMetadata meta = ExportMetadata.read(v1);
    assertThat(meta.classifierKind()).isEqualTo("class-mean");
    assertThat(meta.classifier()).isEqualTo(readout.describe());
    try (SaeModel loaded = SaeModel.load(exportDir)) {
      assertThat(loaded.classify(x).classes()).containsExactly(host);
    }
  }

  @Test
  void aKindNoPluginRegistersIsNamedWithTheRegisteredOnes(@TempDir Path tmp) throws Exception {
    try (SaeRuntime runtime = new SaeRuntime(tmp, line -> {}, List.of())) {
      assertThatThrownBy(() -> runtime.readout(ClassMeanReadoutPlugin.KIND)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("unknown readout 'class-mean' (registered: argmax-first-k, cluster-majority, linear-svm, nearest-centre, softmax-head;");
      assertThat(runtime.readout(ReadoutSpec.LINEAR_SVM).describe(ReadoutSpec.linearSvm(2.0)))
          .isEqualTo("linear SVM on the latents (one-vs-rest, C=2.0)");
      assertThatThrownBy(() -> Readouts.fitted(runtime.readoutGraphs(), ClassMeanReadoutPlugin.KIND, 3, Map.of(), "x"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("no readout graph 'class-mean' is registered");
    }
    assertThatThrownBy(() -> ExtensionSet.of(new ClassMeanReadoutPlugin(), new ClassMeanReadoutPlugin()))
        .hasMessage("readout 'class-mean' is registered twice: by class-mean (test) and by class-mean (test)");
  }
}
