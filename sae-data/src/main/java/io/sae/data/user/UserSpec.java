package io.sae.data.user;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed {@code --dataset} value for user data: {@code KIND:PATH[?KEY=VALUE&KEY=VALUE...]}.
 *
 * @param text the value as given, for messages
 * @param kind {@code csv}, {@code npy}, {@code idx} or {@code images}
 * @param path the main file or folder
 * @param options the keys after {@code ?}, in order
 */
record UserSpec(String text, String kind, String path, Map<String, String> options) {
  static final List<String> KINDS = List.of("csv", "npy", "idx", "images");

  static boolean looksLikeUserSpec(String text) {
    int colon = text.indexOf(':');
    return colon > 0 && KINDS.contains(text.substring(0, colon));
  }

  static UserSpec parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || !KINDS.contains(text.substring(0, colon))) {
      throw new InvalidInputException(
          "dataset '" + text + "' is neither a registered dataset nor user data of the form csv:FILE, npy:FILE, idx:FILE or images:FOLDER");
    }
    String kind = text.substring(0, colon);
    String rest = text.substring(colon + 1);
    int q = rest.indexOf('?');
    String path = (q < 0 ? rest : rest.substring(0, q)).strip();
    if (path.isEmpty()) {
      throw new InvalidInputException("dataset '" + text + "': no " + (kind.equals("images") ? "folder" : "file") + " after '" + kind + ":'");
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : rest.substring(q + 1).split("&", -1)) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
          throw new InvalidInputException("dataset '" + text + "': '" + pair + "' is not of the form key=value");
        }
        String key = pair.substring(0, eq).strip();
        if (options.put(key, pair.substring(eq + 1).strip()) != null) {
          throw new InvalidInputException("dataset '" + text + "': key '" + key + "' is given twice");
        }
      }
    }
    return new UserSpec(text, kind, path, options);
  }

  /** Rejects keys outside {@code allowed}, listing the allowed ones. */
  void allowOnly(Set<String> allowed) {
    for (String key : options.keySet()) {
      if (!allowed.contains(key)) {
        throw new InvalidInputException(
            "dataset '" + text + "': unknown key '" + key + "' (keys for " + kind + ": " + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
    }
  }

  boolean has(String key) {
    return options.containsKey(key);
  }

  String get(String key) {
    return options.get(key);
  }

  /** The main path. */
  Path mainPath() {
    return toPath(path);
  }

  /** The path under {@code key}, or null. */
  Path pathOf(String key) {
    return has(key) ? toPath(get(key)) : null;
  }

  /** {@code key} requires {@code other} (e.g. test-labels requires test). */
  void requireWith(String key, String other) {
    if (has(key) && !has(other)) {
      throw new InvalidInputException("dataset '" + text + "': " + key + "= needs " + other + "= as well");
    }
  }

  /** Relative paths are relative to the working directory; a leading {@code ~/} is the home folder. */
  private static Path toPath(String p) {
    if (p.equals("~") || p.startsWith("~/")) {
      return Path.of(System.getProperty("user.home"), p.substring(1).replaceFirst("^/", ""));
    }
    return Path.of(p);
  }
}
