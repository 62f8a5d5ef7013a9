package io.sae.tf.model;

import io.sae.api.InvalidInputException;
import io.sae.api.model.ModelLoader;
import io.sae.api.model.SaeModel;
import io.sae.tf.export.VersionedExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * {@link ModelLoader} of SavedModels written by {@code sae export}: a version folder ({@code saved_model.pb}
 * inside), or an export folder, of which the highest numeric version is loaded, as TF Serving does.
 */
public final class SavedModelLoader implements ModelLoader {
  @Override
  public String format() {
    return "SavedModel";
  }

  @Override
  public boolean accepts(Path path) {
    if (Files.isRegularFile(path.resolve("saved_model.pb"))) {
      return true;
    }
    try {
      return VersionedExport.latestVersion(path).isPresent() && !Files.isRegularFile(path.resolve("config.json"));
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public SaeModel load(Path path, ClassLoader classLoader) throws IOException {
    if (Files.isRegularFile(path.resolve("saved_model.pb"))) {
      return SavedModelSaeModel.load(path);
    }
    OptionalLong latest = VersionedExport.latestVersion(path);
    if (latest.isEmpty()) {
      throw new InvalidInputException(path + " holds no SavedModel version folder");
    }
    return SavedModelSaeModel.load(path.resolve(Long.toString(latest.getAsLong())));
  }
}
