package io.sae.cli.commands;

import io.sae.api.InvalidInputException;

import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.lab.evaluate.ExportClassifier;
import io.sae.runtime.run.OpenRun;
import io.sae.tf.export.SavedModelExport;
import io.sae.tf.export.VersionedExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.tensorflow.Signature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae export}: a run's model as a TensorFlow SavedModel in TF Serving's versioned layout. */
@Command(
    name = "export",
    description = {
      "Export a completed run's model as a TensorFlow SavedModel for TF Serving",
      "(or SaeModel.load in Java): DIR/VERSION/ holds only the inference graph and",
      "the kept weights (no optimizer state), tag 'serve', and",
      "assets.extra/sae-model.properties (class names, shapes).",
      "",
      "Signatures (method name tensorflow/serving/predict; x: flattened samples",
      "[batch, D] float32; z: latents [batch, latent] float32):",
      "  serving_default, encode  x -> z",
      "  decode                   z -> x_hat   (methods with a decoder)",
      "  reconstruct              x -> x_hat   (methods with a decoder)",
      "  classify                 x -> classes [batch] int64, scores [batch, K]",
      "classify is the method's latent classifier: its softmax head, configured",
      "centres, the argmax of the first K latent dimensions, or the linear SVM",
      "'sae evaluate' fits (fitted here the same way, on the run's labelled",
      "training latents). The version is written under a hidden name and renamed",
      "into place, so a half-written export never looks complete.",
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  // not mixinStandardHelpOptions: its --version (print sae's version) would clash with the model version below
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Export folder (TF Serving's model base path).")
  Path out;

  @Option(names = "--version", paramLabel = "N", defaultValue = "1", description = "Version sub-folder to write. Default: ${DEFAULT-VALUE}.")
  long version;

  @Option(names = "--force", description = "Replace the version if it exists (once the new one is complete, the old one is renamed aside and deleted).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    VersionedExport.checkTarget(out, version, force); // before loading data and fitting a classifier
    SaeRuntime services = common.services(log);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      if (run.model().conditional()) {
        throw new InvalidInputException("method " + run.config().method() + " is label-conditioned; sae export writes signatures "
            + "without a label input, so it does not export such models yet");
      }
      ExportClassifier classifier = ExportClassifier.of(run, services);
      var weights = run.dir().readWeights();
      AtomicReference<List<Signature>> written = new AtomicReference<>();
      Path dir = VersionedExport.publish(out, version, force, into -> written.set(
          SavedModelExport.write(run.model().info(), weights, services.transforms(), classifier.readout(), into)));
      log.printf("wrote %s (tag %s)%n", dir, SavedModelExport.TAG);
      for (Signature s : written.get()) {
        log.printf("  %-16s %s -> %s%n", s.key(), describe(s.getInputs()), describe(s.getOutputs()));
      }
      log.printf("classify: %s%n", classifier.readout().isPresent() ? classifier.note() : "not exported: " + classifier.note());
    }
    return 0;
  }

  private static String describe(java.util.Map<String, Signature.TensorDescription> tensors) {
    return String.join(", ", tensors.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().dataType.name().replace("DT_", "").toLowerCase(java.util.Locale.ROOT) + e.getValue().shape)
        .toList());
  }
}
