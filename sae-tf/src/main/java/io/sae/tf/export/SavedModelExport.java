package io.sae.tf.export;

import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.model.InferenceGraph;
import io.sae.tf.spi.Readout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;

/**
 * Writes a model as a TensorFlow SavedModel for TF Serving: a fresh graph holding only the inference part
 * ({@link InferenceGraph}: no loss terms, no optimizer variables), the trained weights as its variables, the
 * signatures of {@link ExportSignatures} under the tag {@code serve}, and {@link ExportMetadata}.
 */
public final class SavedModelExport {
  /** The tag TF Serving loads by default. */
  public static final String TAG = "serve";

  private SavedModelExport() {}

  /**
   * @param dir a folder that does not exist yet (see {@link VersionedExport} for TF Serving's versioned layout)
   * @param readout the latent classifier of the {@code classify} signature, if any
   * @return the signatures written
   */
  public static List<Signature> write(ModelInfo info, ParameterSnapshot weights, Map<String, TransformBuilder> transforms,
      Optional<Readout> readout, Path dir) throws IOException {
    try (InferenceGraph g = new InferenceGraph(info.architecture(), weights, transforms, readout)) {
      List<Signature> signatures = ExportSignatures.of(g.model(), g.readout());
      SavedModelBundle.exporter(dir.toString()).withTags(TAG).withSession(g.session())
          .withSignatures(signatures.toArray(Signature[]::new)).export();
      ExportMetadata.of(info, readout).write(dir);
      return signatures;
    }
  }
}
