package io.sae.lab.experiment.nousi;

import java.util.List;
import java.util.function.Consumer;

/**
 * How a paper-002 experiment reports while it runs: its own progress lines go to {@code lines} (training
 * progress goes to {@code OUT/experiment.log}), the report names {@code command} as what made it, and the
 * equivalent {@code sae} command lines in {@code OUT/commands.txt} end with {@code commonArgs}.
 *
 * @param lines receives one line per call (stage started, stage scored, run done)
 * @param command the command line shown in the report, e.g. {@code sae experiment nousi --seeds 3 ...}
 * @param commonArgs options every recorded command line needs to reproduce the runs, e.g. {@code --cache-dir DIR}
 */
public record ExperimentConsole(Consumer<String> lines, String command, List<String> commonArgs) {
  /** Keeps an unmodifiable copy of the common arguments. */
  public ExperimentConsole {
    commonArgs = List.copyOf(commonArgs);
  }

  /** A console that drops its lines (for programs that only want the result). */
  public static ExperimentConsole quiet(String command) {
    return new ExperimentConsole(line -> {}, command, List.of());
  }

  void print(String line) {
    lines.accept(line);
  }
}
