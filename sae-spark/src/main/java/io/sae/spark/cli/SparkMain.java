package io.sae.spark.cli;

import io.sae.api.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of {@code sae spark} (the {@code ./sae} launcher routes {@code sae spark ...} here, with Spark on the
 * class path; {@code spark-submit --class io.sae.spark.cli.SparkMain} runs it on a cluster). Exit codes as {@code sae}:
 * 2 for errors the user can fix, 1 for the rest.
 */
public final class SparkMain {
  /** Exit code of errors the user can fix. */
  public static final int EXIT_USER_ERROR = 2;
  /** Exit code of unexpected failures. */
  public static final int EXIT_INTERNAL_ERROR = 1;

  private SparkMain() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with these streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SparkCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, c, parse) -> report(e, c.getErr(), System.getenv("SAE_DEBUG") != null));
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("sae spark: " + e.getMessage());
      e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return EXIT_USER_ERROR;
    });
    if (args.length > 0 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
      err.println("sae spark: unknown command '" + args[0] + "' (commands: " + String.join(", ", cli.getSubcommands().keySet()) + ")");
      err.flush();
      return EXIT_USER_ERROR;
    }
    return cli.execute(args);
  }

  /** A user error (possibly wrapped by Spark's task failure) as one line and exit 2; anything else as exit 1. */
  static int report(Exception e, PrintWriter err, boolean debug) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof InvalidInputException)) {
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    if (cause instanceof InvalidInputException user) {
      err.println("sae spark: error: " + user.getMessage());
      return EXIT_USER_ERROR;
    }
    err.println("sae spark: internal error: " + e);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("(set SAE_DEBUG=1 for the stack trace)");
    }
    return EXIT_INTERNAL_ERROR;
  }
}
