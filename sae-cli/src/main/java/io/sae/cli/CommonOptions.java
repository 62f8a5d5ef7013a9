package io.sae.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that touches data or plugins shares. */
public final class CommonOptions {
  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where built-in datasets are fetched to and cached (default: $SAE_CACHE_DIR or ~/.cache/sae).")
  Path cacheDir;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

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

  public Services services(PrintWriter log) {
    return new Services(cacheDir(), log);
  }
}
