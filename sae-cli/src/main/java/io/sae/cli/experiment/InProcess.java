package io.sae.cli.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Runs sae commands in the same JVM for an experiment, each one's output appended to a log file. */
final class InProcess {
  private final Path cacheDir;

  InProcess(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  /** Runs {@code sae ARGS}; a non-zero exit ends the experiment with a message naming the log. */
  void run(List<String> args, Path logFile) throws IOException {
    List<String> full = new ArrayList<>(args);
    full.addAll(List.of("--cache-dir", cacheDir.toString()));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
      w.println("$ sae " + String.join(" ", full));
      int code = Main.run(full.toArray(String[]::new), w, w);
      if (code != 0) {
        throw new IllegalStateException("'sae " + String.join(" ", full) + "' failed with exit " + code + "; see " + logFile);
      }
    }
  }

  /** Runs {@code sae COMMAND RUN EXTRA} and reads the JSON file it wrote into the run folder. */
  JsonNode runAndRead(String command, Path run, List<String> extra, String jsonName) throws IOException {
    List<String> args = new ArrayList<>(List.of(command, run.toString()));
    args.addAll(extra);
    run(args, run.resolveSibling(run.getFileName() + "-" + command + ".log"));
    return new ObjectMapper().readTree(run.resolve(jsonName).toFile());
  }

  /**
   * Trains {@code method} stage by stage: a new run of E epochs, then {@code --resume} to 2E, ... T E, calling
   * {@code afterStage} after each.
   */
  void trainInStages(List<String> firstArgs, Path run, int stages, int stageEpochs, StageCallback afterStage) throws IOException {
    for (int t = 1; t <= stages; t++) {
      List<String> args = new ArrayList<>(List.of("train", "--epochs", String.valueOf(t * stageEpochs), "--progress", "lines"));
      if (t == 1) {
        args.addAll(firstArgs);
        args.addAll(List.of("--out", run.toString()));
      } else {
        args.addAll(List.of("--resume", run.toString()));
      }
      run(args, run.resolveSibling(run.getFileName() + ".log"));
      afterStage.done(t);
    }
  }

  /** Work after a stage. */
  interface StageCallback {
    void done(int stage) throws IOException;
  }
}
