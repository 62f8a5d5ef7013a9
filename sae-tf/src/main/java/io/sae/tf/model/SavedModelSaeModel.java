package io.sae.tf.model;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.Classification;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.SaeModel;
import io.sae.tf.export.ExportMetadata;
import io.sae.tf.export.ExportSignatures;
import io.sae.tf.export.SavedModelExport;
import io.sae.tf.graph.BatchedInference;
import io.sae.tf.readout.SoftmaxHeadGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.types.TFloat32;

/**
 * A model read back from a SavedModel written by {@code sae export}: inference runs the exported signatures'
 * tensors in the bundle's session. Thread-safe; {@link #close} waits for running calls.
 */
public final class SavedModelSaeModel implements SaeModel {
  private final SavedModelBundle bundle;
  private final ExportMetadata metadata;
  private final Map<String, Signature> signatures;
  private final NativeGuard guard;

  private SavedModelSaeModel(SavedModelBundle bundle, ExportMetadata metadata) {
    this.bundle = bundle;
    this.metadata = metadata;
    this.signatures = new LinkedHashMap<>();
    bundle.signatures().forEach(s -> signatures.put(s.key(), s));
    this.guard = new NativeGuard("SavedModel " + metadata.info().method());
  }

  /**
   * Loads a SavedModel folder (the one holding {@code saved_model.pb}).
   *
   * @throws InvalidInputException when it is not a SavedModel written by {@code sae export} or cannot be loaded
   */
  public static SavedModelSaeModel load(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("saved_model.pb"))) {
      throw new InvalidInputException(dir + " is not a SavedModel folder (no saved_model.pb)");
    }
    ExportMetadata metadata = ExportMetadata.read(dir);
    SavedModelBundle bundle;
    try {
      bundle = SavedModelBundle.load(dir.toString(), SavedModelExport.TAG);
    } catch (TensorFlowException e) {
      throw new InvalidInputException(dir + ": TensorFlow could not load the SavedModel: " + e.getMessage(), e);
    }
    return new SavedModelSaeModel(bundle, metadata);
  }

  @Override
  public ModelInfo info() {
    return metadata.info();
  }

  /** The signature keys of the export. */
  public Set<String> signatureKeys() {
    return Collections.unmodifiableSet(signatures.keySet());
  }

  private Optional<Signature> signature(String key) {
    return Optional.ofNullable(signatures.get(key));
  }

  private Operand<TFloat32> tensor(Signature.TensorDescription d) {
    String name = d.name;
    int colon = name.lastIndexOf(':');
    var op = bundle.graph().operation(colon < 0 ? name : name.substring(0, colon));
    if (op == null) {
      throw new InvalidInputException("the SavedModel's graph has no tensor " + name);
    }
    try {
      return op.output(colon < 0 ? 0 : Integer.parseInt(name.substring(colon + 1))).expect(TFloat32.class);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("tensor " + name + " of the SavedModel is not float32", e);
    }
  }

  private FloatMatrix run(String key, String in, String out, FloatMatrix x, int outCols) {
    Signature s = signature(key).orElseThrow(() -> new UnsupportedOperationException("the SavedModel has no signature '" + key + "'"));
    Operand<TFloat32> input = tensor(s.getInputs().get(in));
    Operand<TFloat32> output = tensor(s.getOutputs().get(out));
    return guard.read(() -> BatchedInference.run(bundle.session(), input, output, x, outCols));
  }

  private void checkInput(FloatMatrix x) {
    if (x.cols() != info().architecture().inputSize()) {
      throw new IllegalArgumentException("the model expects " + info().architecture().inputSize() + " values per sample, got " + x.cols());
    }
  }

  @Override
  public FloatMatrix encode(FloatMatrix x) {
    checkInput(x);
    return run(ExportSignatures.ENCODE, ExportSignatures.X, ExportSignatures.Z, x, info().latentDim());
  }

  @Override
  public FloatMatrix decode(FloatMatrix z) {
    if (z.cols() != info().latentDim()) {
      throw new IllegalArgumentException("decode expects " + info().latentDim() + " latent values per row, got " + z.cols());
    }
    return run(ExportSignatures.DECODE, ExportSignatures.Z, ExportSignatures.X_HAT, z, info().architecture().inputSize());
  }

  @Override
  public FloatMatrix reconstruct(FloatMatrix x) {
    checkInput(x);
    return run(ExportSignatures.RECONSTRUCT, ExportSignatures.X, ExportSignatures.X_HAT, x, x.cols());
  }

  /** The probabilities of the classify signature when the export's classifier is the softmax head. */
  @Override
  public FloatMatrix classProbabilities(FloatMatrix x) {
    if (!info().hasClassifierHead() || !metadata.classifierKind().equals(SoftmaxHeadGraph.KIND)) {
      throw new UnsupportedOperationException("the SavedModel carries no softmax classifier head");
    }
    return classify(x).scores();
  }

  @Override
  public boolean canClassify() {
    return signatures.containsKey(ExportSignatures.CLASSIFY);
  }

  @Override
  public Classification classify(FloatMatrix x) {
    checkInput(x);
    int k = info().classNames().size();
    FloatMatrix scores = run(ExportSignatures.CLASSIFY, ExportSignatures.X, ExportSignatures.SCORES, x, k);
    return new Classification(TfModel.argmax(scores), scores);
  }

  @Override
  public void close() {
    guard.close(bundle::close);
  }
}
