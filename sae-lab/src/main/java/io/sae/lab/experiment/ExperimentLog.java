package io.sae.lab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An experiment folder's two records: {@code commands.txt}, the {@code sae} command lines a user could type to make
 * the same runs and files, and {@code experiment.log}, what each of them printed (progress of a long run included).
 * Both are appended to, so a restarted experiment keeps the history of earlier starts.
 */
public final class ExperimentLog {
  private final Path commands;
  private final Path log;

  /** The records of experiment folder {@code dir}. */
  public ExperimentLog(Path dir) {
    this.commands = dir.resolve("commands.txt");
    this.log = dir.resolve("experiment.log");
  }

  /** The log file (the console names it while a run trains). */
  public Path file() {
    return log;
  }

  /** Records {@code sae ARGS} in commands.txt and as a {@code $ sae ARGS} line in the log; returns the command line. */
  public String command(List<String> args) throws IOException {
    String line = "sae " + String.join(" ", args);
    append(commands, line);
    append(log, "$ " + line);
    return line;
  }

  /** Appends one line to the log; written at once, so the log shows the progress of a long run. */
  public void line(String text) {
    try {
      append(log, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Path file, String line) throws IOException {
    Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
