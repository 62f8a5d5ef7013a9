package io.sae.api.model;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A trained structuring autoencoder, ready for inference. Rows of the matrices are samples; inputs are
 * flattened samples of {@link ArchitectureSpec#inputShape()}. Implementations hold native resources:
 * close them. Inference methods are safe to call from several threads; calling one after {@link #close()}
 * throws {@link IllegalStateException}.
 *
 * <pre>{@code
 * try (SaeModel model = SaeModel.load(Path.of("runs/ae"))) {   // a run folder or a SavedModel export
 *   FloatMatrix z = model.encode(x);
 * }
 * }</pre>
 */
public interface SaeModel extends AutoCloseable {

  /**
   * Opens a model: a run folder written by {@code sae train}, a SavedModel written by {@code sae export}
   * (the version folder, or the export folder, whose highest numeric version is taken, as TF Serving does).
   * The loaders come from the classpath through {@link java.util.ServiceLoader}: {@code sae-tf} reads
   * SavedModels, {@code sae-runtime} reads run folders. Plugins a run needs are looked up through the
   * thread's context class loader.
   *
   * @throws InvalidInputException when no loader accepts the path, or the files are missing or corrupt
   */
  static SaeModel load(Path path) throws IOException {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return load(path, cl != null ? cl : SaeModel.class.getClassLoader());
  }

  /** {@link #load(Path)} with loaders and plugins looked up through {@code classLoader}. */
  static SaeModel load(Path path, ClassLoader classLoader) throws IOException {
    if (!Files.exists(path)) throw new InvalidInputException(path + ": no such file or folder");
    List<String> formats = new ArrayList<>();
    for (ModelLoader loader : ServiceLoader.load(ModelLoader.class, classLoader)) {
      formats.add(loader.format());
      if (loader.accepts(path)) return loader.load(path, classLoader);
    }
    throw new InvalidInputException(path + " is not a model that the loaders on the classpath can read"
        + (formats.isEmpty() ? " (none found: add io.github.sae-framework:sae-tf for SavedModels, io.github.sae-framework:sae-runtime for run folders)"
            : " (tried: " + String.join(", ", formats) + ")"));
  }

  ModelInfo info();

  /** Latent codes (the variational mean for variational models). */
  FloatMatrix encode(FloatMatrix x);

  /**
   * Decoded samples.
   *
   * @throws UnsupportedOperationException when the model has no decoder
   */
  FloatMatrix decode(FloatMatrix z);

  /** {@code decode(encode(x))} in one pass. */
  FloatMatrix reconstruct(FloatMatrix x);

  /**
   * Softmax class probabilities of the classifier head.
   *
   * @throws UnsupportedOperationException when the model has no classifier head
   */
  FloatMatrix classProbabilities(FloatMatrix x);

  /** Whether {@link #classify} is available: the model carries a latent classifier written as graph ops. */
  default boolean canClassify() { return false; }

  /**
   * Classes of the inputs by the model's latent classifier (the one {@code sae evaluate} reports for the
   * method, in the form {@code sae export} writes).
   *
   * @throws UnsupportedOperationException when {@link #canClassify()} is false
   */
  default Classification classify(FloatMatrix x) {
    throw new UnsupportedOperationException("model " + info().method() + " carries no latent classifier");
  }

  @Override
  void close();
}
