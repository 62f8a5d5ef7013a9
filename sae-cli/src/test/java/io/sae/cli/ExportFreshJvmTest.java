package io.sae.cli;

import io.sae.runtime.SaeRuntime;
import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import io.sae.api.model.Classification;
import io.sae.runtime.data.PreparedData;
import io.sae.lab.export.ExportClassifier;
import io.sae.runtime.run.OpenRun;
import io.sae.tf.model.TfModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sae export} read back in a fresh JVM by TensorFlow's {@code SavedModelBundle.load} alone
 * ({@link SavedModelProbe}): every signature's method name, input and output names, dtypes and shapes, and
 * outputs within 1e-6 of the in-process model (the run's weights in a {@link TfModel} with the same latent
 * classifier) on real MNIST test samples.
 */
class ExportFreshJvmTest {
  private static final String PREDICT = "tensorflow/serving/predict";

  @Test
  void convAutoencoderWithLinearSvmClassify(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("ae");
    Cli train = Cli.run("train", "--dataset", "mnist", "--method", "ae", "--arch", "conv", "--limit", "2000,200", "--epochs", "1",
        "--out", run.toString(), "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
    Path exportDir = tmp.resolve("export");
    Cli export = Cli.run("export", run.toString(), "--out", exportDir.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).contains("classify: linear SVM (one-vs-rest, C=1.0) fitted on 1800 labelled training latents");

    List<String> signatures = probe(run, exportDir.resolve("1"), tmp, 10);
    assertThat(signatures).containsExactlyInAnyOrder(
        "signature serving_default " + PREDICT + " | in x DT_FLOAT [-1, 784] | out z DT_FLOAT [-1, 10]",
        "signature encode " + PREDICT + " | in x DT_FLOAT [-1, 784] | out z DT_FLOAT [-1, 10]",
        "signature decode " + PREDICT + " | in z DT_FLOAT [-1, 10] | out x_hat DT_FLOAT [-1, 784]",
        "signature reconstruct " + PREDICT + " | in x DT_FLOAT [-1, 784] | out x_hat DT_FLOAT [-1, 784]",
        "signature classify " + PREDICT + " | in x DT_FLOAT [-1, 784] | out classes DT_INT64 [-1], scores DT_FLOAT [-1, 10]");
  }

  @Test
  void classifierWithSoftmaxClassifyOnGroups(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("clf");
    Cli train = Cli.run("train", "--dataset", "mnist", "--grouping", "mnist-abc", "--labels", "1000", "--method", "classifier",
        "--arch", "dense", "--limit", "3000,200", "--epochs", "1", "--out", run.toString(), "--progress", "lines");
    assertThat(train.exit()).as(train.err()).isZero();
    Path exportDir = tmp.resolve("export");
    Cli export = Cli.run("export", run.toString(), "--out", exportDir.toString(), "--version", "7");
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).contains("classify: softmax head");

    // the classifier baseline has no decoder: no decode or reconstruct signature
    List<String> signatures = probe(run, exportDir.resolve("7"), tmp, 10);
    assertThat(signatures).containsExactlyInAnyOrder(
        "signature serving_default " + PREDICT + " | in x DT_FLOAT [-1, 784] | out z DT_FLOAT [-1, 10]",
        "signature encode " + PREDICT + " | in x DT_FLOAT [-1, 784] | out z DT_FLOAT [-1, 10]",
        "signature classify " + PREDICT + " | in x DT_FLOAT [-1, 784] | out classes DT_INT64 [-1], scores DT_FLOAT [-1, 3]");
  }

  /**
   * Computes the in-process outputs, runs the probe in a fresh JVM and compares every output it wrote.
   *
   * @return the probe's signature lines
   */
  private static List<String> probe(Path run, Path savedModel, Path tmp, int latent) throws Exception {
    SaeRuntime services = new SaeRuntime(Cli.cacheDir(), new PrintWriter(new StringWriter()));
    FloatMatrix x;
    FloatMatrix z;
    FloatMatrix xHat = null;
    FloatMatrix decoded = null;
    Classification classes;
    try (OpenRun open = OpenRun.open(services, run)) {
      PreparedData data = open.config().data().prepare(services);
      x = data.test().features().rowRange(0, 64);
      ExportClassifier classifier = ExportClassifier.of(open, services);
      try (TfModel model = new TfModel(open.model().info(), open.dir().readWeights(), services.transforms(), classifier.readout())) {
        z = model.encode(x);
        if (model.info().hasDecoder()) {
          xHat = model.reconstruct(x);
          decoded = model.decode(z);
        }
        classes = model.classify(x);
      }
    }
    assertThat(z.cols()).isEqualTo(latent);
    Path xFile = tmp.resolve("x.npy");
    Path zFile = tmp.resolve("z.npy");
    NpyWriter.writeMatrix(xFile, x);
    NpyWriter.writeMatrix(zFile, z);
    Path out = Files.createDirectories(tmp.resolve("probe-" + savedModel.getFileName()));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        SavedModelProbe.class.getName(), savedModel.toString(), xFile.toString(), zFile.toString(), out.toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(stdout).isZero();

    assertWithin(NpyReader.read(out.resolve("serving_default.z.npy")).matrix(), z);
    assertWithin(NpyReader.read(out.resolve("encode.z.npy")).matrix(), z);
    if (xHat != null) {
      assertWithin(NpyReader.read(out.resolve("reconstruct.x_hat.npy")).matrix(), xHat);
      assertWithin(NpyReader.read(out.resolve("decode.x_hat.npy")).matrix(), decoded);
    }
    assertWithin(NpyReader.read(out.resolve("classify.scores.npy")).matrix(), classes.scores());
    assertThat(NpyReader.readLabels(out.resolve("classify.classes.npy"))).isEqualTo(classes.classes());
    return Arrays.stream(stdout.split("\n")).filter(l -> l.startsWith("signature ")).toList();
  }

  private static void assertWithin(FloatMatrix actual, FloatMatrix expected) {
    assertThat(actual.rows()).isEqualTo(expected.rows());
    assertThat(actual.cols()).isEqualTo(expected.cols());
    double worst = 0;
    for (int i = 0; i < expected.data().length; i++) {
      worst = Math.max(worst, Math.abs(actual.data()[i] - expected.data()[i]));
    }
    assertThat(worst).as("largest difference to the in-process model").isLessThanOrEqualTo(1e-6);
  }
}
