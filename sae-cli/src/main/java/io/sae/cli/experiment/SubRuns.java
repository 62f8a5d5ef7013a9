package io.sae.cli.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.InvalidInputException;
import io.sae.cli.Main;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.run.RunStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the {@code sae} commands an experiment is made of, in this JVM, exactly as a user would type them:
 * every sub-run is an ordinary run folder under {@code runs/}, and {@code commands.txt} lists the command
 * lines. A run that is complete and evaluated is reused, so an interrupted experiment continues where it
 * stopped; a run folder left incomplete is deleted and trained again.
 */
final class SubRuns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final List<String> trainOnly;
  private final List<String> everyCommand;
  private final PrintWriter console;
  private final java.util.Set<String> used = new java.util.LinkedHashSet<>();

  /**
   * @param root the experiment folder
   * @param trainOnly arguments added to every {@code train} (e.g. {@code --limit})
   * @param everyCommand arguments added to every command (e.g. {@code --cache-dir}, {@code --plugins})
   */
  SubRuns(Path root, List<String> trainOnly, List<String> everyCommand, PrintWriter console) throws IOException {
    this.root = root;
    this.trainOnly = List.copyOf(trainOnly);
    this.everyCommand = List.copyOf(everyCommand);
    this.console = console;
    Files.createDirectories(root.resolve("runs"));
  }

  Path runPath(String name) {
    return root.resolve("runs").resolve(name);
  }

  /** Trains (unless already done) and evaluates run {@code name}; returns its metrics.json. */
  Map<String, Object> trainAndEvaluate(String name, List<String> trainArgs) throws IOException {
    Path run = runPath(name);
    Path metrics = run.resolve("metrics.json");
    used.add(name);
    if (isComplete(run) && Files.isRegularFile(metrics)) {
      console.printf("  %-40s done before, reused%n", name);
      console.flush();
      return readMetrics(metrics);
    }
    if (Files.exists(run) && !isComplete(run)) {
      deleteTree(run); // killed mid-training: its folder must not pass for a result
    }
    long t0 = System.nanoTime();
    console.printf("  %-40s training (progress in %s) ...%n", name, root.resolve("experiment.log"));
    console.flush();
    if (!isComplete(run)) {
      List<String> args = new ArrayList<>(List.of("train"));
      args.addAll(trainArgs);
      args.addAll(trainOnly);
      args.addAll(everyCommand);
      args.addAll(List.of("--out", run.toString(), "--progress", "lines"));
      sae(args);
    }
    sae(withCommon(List.of("evaluate", run.toString())));
    console.printf("  %-40s done in %.0f s%n", name, (System.nanoTime() - t0) / 1e9);
    console.flush();
    return readMetrics(metrics);
  }

  /**
   * Trains run {@code name} stage by stage on {@code schedule}: a new run of E0 epochs, then {@code --resume} to
   * E0 + E, ... E0 + (T - 1) E, calling {@code afterStage} after each. Started again, it skips every
   * stage whose {@code afterStage} work is on record ({@code done} says so) and resumes a run killed mid-stage
   * from its last finished epoch (which trains the same weights as an uninterrupted run).
   */
  void trainInStages(String name, List<String> firstArgs, StageSchedule schedule, StageWork afterStage) throws IOException {
    int stages = schedule.stages();
    Path run = runPath(name);
    used.add(name);
    if (Files.exists(run) && !Files.isRegularFile(run.resolve("status.json"))) {
      deleteTree(run); // killed before its first epoch was recorded
    }
    long t0 = System.nanoTime();
    for (int t = 1; t <= stages; t++) {
      if (afterStage.done(run, t)) {
        continue;
      }
      int target = schedule.end(t);
      int trained = Files.exists(run) ? RunDirectory.open(run).readStatus().epochsDone() : 0;
      if (trained > target) {
        throw new InvalidInputException(run + " is trained past stage " + t + " (" + trained + " epochs) but that stage's results are "
            + "missing; delete the run folder to train it again");
      }
      if (trained < target || !isComplete(run)) {
        console.printf("  %-32s stage %d/%d: training to epoch %d (progress in %s) ...%n", name, t, stages, target, root.resolve("experiment.log"));
        console.flush();
        List<String> args = new ArrayList<>(List.of("train", "--epochs", String.valueOf(target), "--progress", "lines"));
        if (Files.exists(run)) {
          args.addAll(List.of("--resume", run.toString()));
        } else {
          args.addAll(firstArgs);
          args.addAll(trainOnly);
          args.addAll(List.of("--out", run.toString()));
        }
        args.addAll(everyCommand);
        sae(args);
      }
      afterStage.run(run, t);
    }
    console.printf("  %-32s %d stages done (%.0f s this start)%n", name, stages, (System.nanoTime() - t0) / 1e9);
    console.flush();
  }

  /**
   * Runs {@code sae COMMAND RUN EXTRA} and keeps the JSON file it wrote into the run folder as {@code keptAs}
   * (so later stages do not overwrite it); a kept file from an earlier start is read instead of running again.
   */
  Map<String, Object> probe(Path run, String command, List<String> extra, String written, String keptAs) throws IOException {
    Path kept = run.resolve(keptAs);
    if (!Files.isRegularFile(kept)) {
      List<String> args = new ArrayList<>(List.of(command, run.toString()));
      args.addAll(extra);
      sae(withCommon(args));
      io.sae.api.io.AtomicFiles.write(kept, Files.readAllBytes(run.resolve(written)));
    }
    return readMetrics(kept);
  }

  /** Work after each stage of {@link #trainInStages}. */
  interface StageWork {
    /** Whether stage {@code stage}'s work is already on record (then the stage is skipped). */
    boolean done(Path run, int stage);

    void run(Path run, int stage) throws IOException;
  }

  /** Names of the runs this experiment used so far, in order. */
  List<String> used() {
    return List.copyOf(used);
  }

  /** Training seconds of the runs used so far (from their metrics.json), reused runs included. */
  double trainingSeconds() throws IOException {
    double total = 0;
    for (String name : used) {
      Object training = readMetrics(runPath(name).resolve("metrics.json")).get("training");
      if (training instanceof Map<?, ?> t && t.get("seconds") instanceof Number n) {
        total += n.doubleValue();
      }
    }
    return total;
  }

  /** Runs any other {@code sae} command (e.g. suggest-labels) with the options every command gets. */
  void run(List<String> args) throws IOException {
    sae(withCommon(args));
  }

  private List<String> withCommon(List<String> args) {
    List<String> out = new ArrayList<>(args);
    out.addAll(everyCommand);
    return out;
  }

  private void sae(List<String> args) throws IOException {
    String line = "sae " + String.join(" ", args);
    Files.writeString(root.resolve("commands.txt"), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Path logFile = root.resolve("experiment.log");
    long before = Files.exists(logFile) ? Files.size(logFile) : 0;
    int code;
    // written as the command runs, so the log shows the progress of a long run
    try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND), true)) {
      log.println("$ " + line);
      code = Main.run(args.toArray(String[]::new), log, log);
    }
    if (code != 0) {
      String message = "'" + line + "' failed (exit " + code + "):\n" + tail(logFile, before);
      throw code == Main.EXIT_USER_ERROR ? new InvalidInputException(message) : new IllegalStateException(message);
    }
  }

  static boolean isComplete(Path run) {
    if (!Files.isRegularFile(run.resolve("status.json"))) {
      return false;
    }
    try {
      return RunDirectory.open(run).readStatus().complete();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> readMetrics(Path file) throws IOException {
    return JSON.readValue(file.toFile(), Map.class);
  }

  /** The last lines the command wrote (the log from byte {@code from} on). */
  private static String tail(Path log, long from) throws IOException {
    byte[] all = Files.readAllBytes(log);
    String text = new String(all, (int) Math.min(from, all.length), (int) (all.length - Math.min(from, all.length)), StandardCharsets.UTF_8);
    String[] lines = text.strip().split("\n");
    return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 5), lines.length));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
