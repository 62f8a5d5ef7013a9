package io.sae.api.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a trained model stored in some format (a run folder, a SavedModel export). Implementations are found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/io.sae.api.model.ModelLoader}) by
 * {@link SaeModel#load}; the TensorFlow module brings the SavedModel loader and {@code sae-runtime} the run
 * folder loader, so this module stays free of TensorFlow.
 */
public interface ModelLoader {

  /** A short name of the format, for messages (e.g. {@code run folder}). */
  String format();

  /** Whether {@code path} looks like this loader's format (cheap checks on file names only). */
  boolean accepts(Path path);

  /**
   * Opens the model.
   *
   * @param classLoader where to look for plugins (methods, encoder transforms) the model may need
   * @throws io.sae.api.InvalidInputException when the files are missing, incomplete or corrupt
   */
  SaeModel load(Path path, ClassLoader classLoader) throws IOException;
}
