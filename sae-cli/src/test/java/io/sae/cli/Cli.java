package io.sae.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and captures its output, for end-to-end tests. */
record Cli(int exit, String out, String err) {

  static Path cacheDir() {
    return Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));
  }

  static Cli run(String... args) {
    String[] withCache = new String[args.length + 2];
    System.arraycopy(args, 0, withCache, 0, args.length);
    // --cache-dir belongs to the subcommand; append it only for commands that take it
    boolean takesCache = args.length > 0 && !args[0].equals("--help") && !args[0].equals("--version");
    String[] full = takesCache ? withCache : args;
    if (takesCache) {
      withCache[args.length] = "--cache-dir";
      withCache[args.length + 1] = cacheDir().toString();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(full, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }
}
