package io.sae.serve;

import io.sae.api.InvalidInputException;
import io.sae.api.model.SaeModel;
import io.sae.serve.rest.SignatureDef;
import io.sae.serve.rest.Signatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One model the server answers for: its name in the URLs, the version it reports, and the loaded model.
 *
 * @param name the model name ({@code /v1/models/NAME})
 * @param version the served version: an export's highest numeric version folder (the one {@link SaeModel#load}
 *     opens, as TF Serving picks), a version folder's own number, or 1 for a run folder
 * @param path where it was loaded from
 * @param runDir the run folder, when {@code path} is one (the explorer needs the run's data); empty for an export
 * @param model the loaded model (thread-safe)
 * @param signatures what {@code :predict} answers, by signature name
 */
public record ServedModel(String name, long version, Path path, Optional<Path> runDir, SaeModel model, Map<String, SignatureDef> signatures) {

  /** Model names: what TF Serving's URL pattern allows ({@code [^/:]+}), kept to a safe subset. */
  public static final String NAME_PATTERN = "[A-Za-z0-9._-]+";

  public ServedModel {
    if (!name.matches(NAME_PATTERN)) {
      throw new InvalidInputException("model name '" + name + "': use letters, digits, '.', '_' and '-' only");
    }
    signatures = Map.copyOf(signatures);
  }

  /**
   * Loads {@code path} (a run folder or an export) under {@code name}.
   *
   * @throws InvalidInputException when the path is no model
   */
  public static ServedModel load(String name, Path path) throws IOException {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return load(name, path, cl != null ? cl : ServedModel.class.getClassLoader());
  }

  /** {@link #load(String, Path)} with the model loaders and plugins looked up through {@code classLoader} (a plugin path's). */
  public static ServedModel load(String name, Path path, ClassLoader classLoader) throws IOException {
    SaeModel model = SaeModel.load(path, classLoader);
    try {
      boolean run = Files.isRegularFile(path.resolve("config.json"));
      return new ServedModel(name, version(path, run), path, run ? Optional.of(path) : Optional.empty(), model, Signatures.of(model));
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** Wraps an already loaded model (tests, programs embedding the server). */
  public static ServedModel of(String name, long version, SaeModel model) {
    return new ServedModel(name, version, Path.of(name), Optional.empty(), model, Signatures.of(model));
  }

  /** The signature names in order. */
  public java.util.List<String> signatureNames() {
    return java.util.List.copyOf(new java.util.TreeSet<>(signatures.keySet()));
  }

  private static long version(Path path, boolean run) throws IOException {
    if (run) {
      return 1;
    }
    String own = path.toAbsolutePath().normalize().getFileName().toString();
    if (own.matches("\\d+") && Files.isRegularFile(path.resolve("saved_model.pb"))) {
      return Long.parseLong(own);
    }
    try (Stream<Path> children = Files.list(path)) {
      return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
          .mapToLong(Long::parseLong).max().orElse(1);
    }
  }
}
