package io.sae.cli;

import io.sae.runtime.SaeRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that touches data or plugins shares. */
public final class CommonOptions {
  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where built-in datasets are fetched to and cached (default: $SAE_CACHE_DIR or ~/.cache/sae).")
  Path cacheDir;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  // ':' separates entries, as in $SAE_PLUGINS and every Unix path list (the project runs on Linux)
  @Option(names = "--plugins", paramLabel = "DIR|JAR", split = ":",
      description = "Load plugin jars from these folders (every *.jar) or files, besides those in $SAE_PLUGINS "
          + "(same format, entries separated by ':'). Repeatable.")
  List<Path> plugins = new ArrayList<>();

  /** The plugin path: $SAE_PLUGINS first, then --plugins. */
  public List<Path> pluginPath() {
    List<Path> out = new ArrayList<>();
    String env = System.getenv("SAE_PLUGINS");
    if (env != null && !env.isBlank()) {
      for (String e : env.split(":")) {
        if (!e.isBlank()) {
          out.add(Path.of(e.trim()));
        }
      }
    }
    out.addAll(plugins);
    return out;
  }

  /** {@code --cache-dir} and {@code --plugins} as arguments, for the command lines an experiment records in commands.txt. */
  public List<String> forwardedOptions() {
    List<String> args = new ArrayList<>(List.of("--cache-dir", cacheDir().toString()));
    plugins.forEach(p -> args.addAll(List.of("--plugins", p.toString())));
    return args;
  }

  /** The cache directory: the option, else $SAE_CACHE_DIR, else ~/.cache/sae. */
  public Path cacheDir() {
    if (cacheDir != null) {
      return cacheDir;
    }
    String env = System.getenv("SAE_CACHE_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "sae");
  }

  public SaeRuntime services(PrintWriter log) {
    return new SaeRuntime(cacheDir(), log, pluginPath());
  }
}
