package io.sae.tf.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.model.SaeModel;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.model.SavedModelSaeModel;
import io.sae.tf.model.TestModels;
import io.sae.tf.model.TfModel;
import io.sae.tf.spi.Readout;
import io.sae.tf.readout.SoftmaxHeadGraph;
import io.sae.api.method.ReadoutSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Signature;

/** Export into TF Serving's versioned layout, and the Java API reading it back in this JVM. */
class SavedModelExportTest {
  private static final ArchitectureSpec SPEC =
      ArchitectureSpec.autoencoder(NetworkSpecs.parse("conv:4,8"), new int[] {8, 8, 1}, 3).withHead(new HeadSpec.Classifier(2, List.of(5)));
  private static final ModelInfo INFO = new ModelInfo("t", SPEC, List.of("left", "right"));
  private static final Readout SOFTMAX = new SoftmaxHeadGraph().unfitted(ReadoutSpec.softmaxHead(), SPEC).orElseThrow();

  private static Path export(Path dir, long version, boolean force, ParameterSnapshot w) throws Exception {
    return VersionedExport.publish(dir, version, force,
        into -> SavedModelExport.write(INFO, w, Map.of(), Optional.of(SOFTMAX), into));
  }

  @Test
  void exportReloadsWithTheSameOutputsAndMetadata(@TempDir Path tmp) throws Exception {
    ParameterSnapshot w = TestModels.initialWeights(SPEC, 11);
    Path exportDir = tmp.resolve("exp");
    Path v1 = export(exportDir, 1, false, w);
    assertThat(v1).isEqualTo(exportDir.resolve("1"));
    assertThat(v1.resolve("saved_model.pb")).isRegularFile();
    assertThat(v1.resolve("variables")).isDirectory();
    try (Stream<Path> s = Files.list(exportDir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).as("no staging folder left behind").containsExactly("1");
    }
    FloatMatrix x = TestModels.uniform(7, 64, 5);
    try (TfModel direct = new TfModel(INFO, w, Map.of(), Optional.of(SOFTMAX));
        SaeModel loaded = SaeModel.load(exportDir)) {
      assertThat(loaded).isInstanceOf(SavedModelSaeModel.class);
      assertThat(((SavedModelSaeModel) loaded).signatureKeys())
          .containsExactlyInAnyOrder("serving_default", "encode", "decode", "reconstruct", "classify");
      assertThat(loaded.info().classNames()).containsExactly("left", "right");
      assertThat(loaded.info().architecture()).isEqualTo(SPEC);
      assertClose(loaded.encode(x), direct.encode(x));
      assertClose(loaded.reconstruct(x), direct.reconstruct(x));
      assertClose(loaded.decode(direct.encode(x)), direct.decode(direct.encode(x)));
      assertClose(loaded.classify(x).scores(), direct.classify(x).scores());
      assertThat(loaded.classify(x).classes()).isEqualTo(direct.classify(x).classes());
      assertClose(loaded.classProbabilities(x), direct.classProbabilities(x));
    }
  }

  @Test
  void signaturesUseThePredictMethodName() throws Exception {
    try (var g = new io.sae.tf.model.InferenceGraph(SPEC, TestModels.initialWeights(SPEC, 1), Map.of(), Optional.empty())) {
      List<Signature> s = ExportSignatures.of(g.model(), g.readout());
      assertThat(s).extracting(Signature::key).containsExactly("serving_default", "encode", "decode", "reconstruct");
      assertThat(s).extracting(Signature::methodName).containsOnly("tensorflow/serving/predict");
    }
  }

  @Test
  void anExistingVersionIsKeptUnlessForced(@TempDir Path tmp) throws Exception {
    Path exportDir = tmp.resolve("exp");
    export(exportDir, 3, false, TestModels.initialWeights(SPEC, 1));
    byte[] first = Files.readAllBytes(exportDir.resolve("3/variables/variables.data-00000-of-00001"));
    assertThatThrownBy(() -> export(exportDir, 3, false, TestModels.initialWeights(SPEC, 2)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists").hasMessageContaining("--force");
    assertThat(Files.readAllBytes(exportDir.resolve("3/variables/variables.data-00000-of-00001"))).isEqualTo(first);
    export(exportDir, 3, true, TestModels.initialWeights(SPEC, 2));
    assertThat(Files.readAllBytes(exportDir.resolve("3/variables/variables.data-00000-of-00001"))).isNotEqualTo(first);
    export(exportDir, 4, false, TestModels.initialWeights(SPEC, 2));
    assertThat(VersionedExport.latestVersion(exportDir)).hasValue(4);
    try (Stream<Path> s = Files.list(exportDir)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("3", "4");
    }
  }

  @Test
  void aFailedWriteLeavesNoVersionBehind(@TempDir Path tmp) throws Exception {
    Path exportDir = tmp.resolve("exp");
    assertThatThrownBy(() -> VersionedExport.publish(exportDir, 1, false, into -> {
      Files.createDirectories(into);
      Files.writeString(into.resolve("saved_model.pb"), "half");
      throw new java.io.IOException("disk full");
    })).hasMessageContaining("disk full");
    try (Stream<Path> s = Files.list(exportDir)) {
      assertThat(s.toList()).isEmpty();
    }
    assertThatThrownBy(() -> VersionedExport.publish(exportDir, 0, false, into -> {}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("positive");
  }

  @Test
  void foldersThatAreNotExportsAreRefusedWithTheReason(@TempDir Path tmp) throws Exception {
    assertThatThrownBy(() -> SaeModel.load(tmp.resolve("missing"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no such file");
    Path notSae = Files.createDirectories(tmp.resolve("other/1"));
    Files.writeString(notSae.resolve("saved_model.pb"), "not a protobuf");
    assertThatThrownBy(() -> SaeModel.load(notSae)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not written by 'sae export'");
    Path corrupt = tmp.resolve("exp");
    export(corrupt, 1, false, TestModels.initialWeights(SPEC, 1));
    Files.writeString(corrupt.resolve("1/saved_model.pb"), "garbage");
    assertThatThrownBy(() -> SaeModel.load(corrupt)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("could not load");
    assertThatThrownBy(() -> SaeModel.load(Files.createDirectories(tmp.resolve("empty")))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a model");
  }

  private static void assertClose(FloatMatrix actual, FloatMatrix expected) {
    assertThat(actual.rows()).isEqualTo(expected.rows());
    assertThat(actual.cols()).isEqualTo(expected.cols());
    for (int i = 0; i < expected.data().length; i++) {
      assertThat(Math.abs(actual.data()[i] - expected.data()[i])).as("value %d", i).isLessThanOrEqualTo(1e-6f);
    }
  }
}
