package io.sae.cli.experiment;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/** What the experiment commands share: their console as the library's line sink, and the arguments their reports quote. */
final class ExperimentArgs {
  private ExperimentArgs() {}

  /** Lines to {@code out}, flushed at once so a long experiment shows where it is. */
  static Consumer<String> of(PrintWriter out) {
    return line -> {
      out.println(line);
      out.flush();
    };
  }

  /** The arguments after this command's name as typed, without {@code --cache-dir}: a machine's cache folder says nothing about the experiment. */
  static String arguments(CommandSpec spec) {
    List<String> args = new ArrayList<>();
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    // picocli hands every subcommand the whole command line; keep what follows this command's name
    List<String> original = all.subList(all.indexOf(spec.name()) + 1, all.size());
    for (int i = 0; i < original.size(); i++) {
      if (original.get(i).equals("--cache-dir")) {
        i++;
      } else if (!original.get(i).startsWith("--cache-dir=")) {
        args.add(original.get(i));
      }
    }
    return String.join(" ", args);
  }
}
