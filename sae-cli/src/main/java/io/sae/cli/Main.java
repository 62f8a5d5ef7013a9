package io.sae.cli;

import io.sae.api.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code sae} command. */
public final class Main {
  /** Exit code of errors the user can fix (bad input, unknown names, missing files). */
  public static final int EXIT_USER_ERROR = 2;
  /** Exit code of unexpected failures (a bug, or the machine). */
  public static final int EXIT_INTERNAL_ERROR = 1;

  private Main() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SaeCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr(), debug(parseResult)));
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("sae: " + e.getMessage());
      e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return EXIT_USER_ERROR;
    });
    String unknown = unknownCommand(cli, args);
    if (unknown != null) {
      // picocli would print the top-level help and exit 0 for "sae typo --help": a script could not tell a typo from success
      err.println("sae: unknown command '" + unknown + "' (commands: " + String.join(", ", cli.getSubcommands().keySet()) + ")");
      err.println("Run 'sae --help' for usage.");
      err.flush();
      return EXIT_USER_ERROR;
    }
    return cli.execute(args);
  }

  /** The first argument when it is neither an option nor a command name (the top-level command takes no values). */
  private static String unknownCommand(CommandLine cli, String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return null;
    }
    return cli.getSubcommands().containsKey(args[0]) ? null : args[0];
  }

  private static boolean debug(CommandLine.ParseResult parseResult) {
    boolean flag = parseResult != null && parseResult.originalArgs().contains("--debug");
    return flag || System.getenv("SAE_DEBUG") != null;
  }

  static int report(Exception e, PrintWriter err, boolean debug) {
    // A user error may arrive wrapped (e.g. in an UncheckedIOException from a listener): report the first one.
    Throwable cause = e;
    while (cause != null && !(cause instanceof InvalidInputException)) {
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    if (cause instanceof InvalidInputException user) {
      err.println("sae: error: " + user.getMessage());
      if (debug) {
        user.printStackTrace(err);
      }
      return EXIT_USER_ERROR;
    }
    String full = diskFull(e);
    if (full != null) {
      // the machine, not a bug: one line, and the run folder is left resumable from its last checkpoint
      err.println("sae: error: no space left on device" + full + "; free some space, then continue a run with 'sae train --resume RUN'");
      if (debug) {
        e.printStackTrace(err);
      }
      return EXIT_INTERNAL_ERROR;
    }
    if (e instanceof java.nio.file.NoSuchFileException nf) {
      err.println("sae: error: file not found: " + nf.getFile());
      return EXIT_USER_ERROR;
    }
    err.println("sae: internal error: " + e);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("(run with --debug or SAE_DEBUG=1 for the stack trace)");
    }
    return EXIT_INTERNAL_ERROR;
  }

  /** When {@code e} (or a cause) is the file system's "no space left": {@code " writing FILE"} or {@code ""}; else null. */
  private static String diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.io.IOException io && io.getMessage() != null && io.getMessage().contains("No space left on device")) {
        return io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? " writing " + fs.getFile() : "";
      }
    }
    return null;
  }
}
