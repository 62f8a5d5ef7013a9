package io.sae.lab.export;

import io.sae.api.InvalidInputException;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import io.sae.tf.export.SavedModelExport;
import io.sae.tf.export.VersionedExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.tensorflow.Signature;

/**
 * Exports a completed run's model as a TensorFlow SavedModel in TF Serving's versioned layout ({@code sae export}):
 * the inference graph and the kept weights only, the encode/decode/reconstruct/classify signatures, and the
 * model's metadata.
 */
public final class ModelExport {
  private ModelExport() {}

  /**
   * Checks the target, then opens the run at {@code runDir} and exports it.
   *
   * @throws InvalidInputException when the version may not be written or the run cannot be exported
   */
  public static ExportResult export(SaeRuntime runtime, Path runDir, ExportOptions options) throws IOException {
    options.checkTarget(); // before loading data and fitting a classifier
    try (OpenRun run = OpenRun.open(runtime, runDir)) {
      return export(runtime, run, options);
    }
  }

  /**
   * Exports {@code run}'s model; the {@code classify} signature is the method's latent classifier
   * ({@link ExportClassifier}).
   *
   * @throws InvalidInputException when the model is label-conditioned or the version may not be written
   */
  public static ExportResult export(SaeRuntime runtime, OpenRun run, ExportOptions options) throws IOException {
    if (run.model().conditional()) {
      throw new InvalidInputException("method " + run.config().method() + " is label-conditioned; sae export writes signatures "
          + "without a label input, so it does not export such models yet");
    }
    ExportClassifier classifier = ExportClassifier.of(run, runtime);
    var weights = run.dir().readWeights();
    AtomicReference<List<Signature>> written = new AtomicReference<>();
    Path dir = VersionedExport.publish(options.out(), options.version(), options.force(), into -> written.set(
        SavedModelExport.write(run.model().info(), weights, runtime.transforms(), classifier.readout(), into)));
    List<ExportedSignature> signatures = written.get().stream()
        .map(s -> new ExportedSignature(s.key(), tensors(s.getInputs()), tensors(s.getOutputs()))).toList();
    return new ExportResult(dir, SavedModelExport.TAG, signatures, classifier.readout().isPresent(), classifier.note());
  }

  private static List<ExportedTensor> tensors(Map<String, Signature.TensorDescription> tensors) {
    return tensors.entrySet().stream().map(e -> new ExportedTensor(e.getKey(),
        e.getValue().dataType.name().replace("DT_", "").toLowerCase(Locale.ROOT), String.valueOf(e.getValue().shape))).toList();
  }
}
