package io.sae.serve;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code sae serve}'s model arguments, {@code [NAME=]PATH}, and loads them. */
public final class ModelArgs {
  private ModelArgs() {}

  /** A model argument: the name it is served under and its path. */
  public record Arg(String name, Path path) {}

  /**
   * {@code NAME=PATH} or {@code PATH} (named after its folder; an export's version folder after the export).
   *
   * @throws InvalidInputException for an empty name or path
   */
  public static Arg parse(String text) {
    int eq = text.indexOf('=');
    if (eq == 0 || eq == text.length() - 1) {
      throw new InvalidInputException("model '" + text + "': expected NAME=PATH or PATH");
    }
    if (eq > 0) {
      return new Arg(text.substring(0, eq), Path.of(text.substring(eq + 1)));
    }
    Path p = Path.of(text).toAbsolutePath().normalize();
    String name = p.getFileName().toString();
    if (name.matches("\\d+") && Files.isRegularFile(p.resolve("saved_model.pb")) && p.getParent() != null) {
      name = p.getParent().getFileName().toString();
    }
    return new Arg(name, Path.of(text));
  }

  /** Loads every argument through {@code classLoader} (a plugin path's); on an error the models loaded so far are closed. */
  public static ModelSet load(List<String> args, ClassLoader classLoader) throws IOException {
    if (args.isEmpty()) {
      throw new InvalidInputException("name at least one model to serve: a run folder or an export");
    }
    List<ServedModel> loaded = new ArrayList<>();
    try {
      for (String a : args) {
        Arg arg = parse(a);
        loaded.add(ServedModel.load(arg.name(), arg.path(), classLoader));
      }
      return new ModelSet(loaded);
    } catch (IOException | RuntimeException e) {
      loaded.forEach(m -> m.model().close());
      throw e;
    }
  }
}
