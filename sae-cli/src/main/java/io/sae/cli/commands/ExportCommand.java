package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.lab.export.ExportOptions;
import io.sae.lab.export.ExportResult;
import io.sae.lab.export.ExportedSignature;
import io.sae.lab.export.ModelExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
      "Export a completed run's model as a TensorFlow SavedModel.",
      "",
      "Export a completed run's model as a TensorFlow SavedModel for TF Serving (or SaeModel.load in "
          + "Java): DIR/VERSION/ holds only the inference graph and the kept weights (no optimizer state), tag "
          + "'serve', and assets.extra/sae-model.properties (class names, shapes).",
      "",
      "Signatures (method name tensorflow/serving/predict; x: flattened samples [batch, D] float32; z: "
          + "latents [batch, latent] float32):",
      "  serving_default, encode  x -> z",
      "  decode                   z -> x_hat   (methods with a decoder)",
      "  reconstruct              x -> x_hat   (methods with a decoder)",
      "  classify                 x -> classes [batch] int64, scores [batch, K]",
      "classify is the method's latent classifier: its softmax head, configured centres, the argmax of the "
          + "first K latent dimensions, or the linear SVM 'sae evaluate' fits (fitted here the same way, on the "
          + "run's labelled training latents). The version is written under a hidden name and renamed into "
          + "place, so a half-written export never looks complete.",
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

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
    ExportOptions options = new ExportOptions(out, version, force);
    options.checkTarget(); // before loading data and fitting a classifier
    ExportResult r = ModelExport.export(dataChange.applyTo(common.services(log)), runPath, options);
    log.printf("wrote %s (tag %s)%n", r.dir(), r.tag());
    for (ExportedSignature s : r.signatures()) {
      log.printf("  %-16s %s -> %s%n", s.key(), s.describeInputs(), s.describeOutputs());
    }
    log.printf("classify: %s%n", r.classifyExported() ? r.classifierNote() : "not exported: " + r.classifierNote());
    return 0;
  }
}
