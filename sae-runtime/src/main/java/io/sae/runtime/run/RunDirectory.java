package io.sae.runtime.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sae.api.InvalidInputException;
import io.sae.data.io.AtomicFiles;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.train.CheckpointStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;


/**
 * The folder of one run. Layout:
 *
 * <pre>
 * config.json          what made the run (RunConfig)
 * status.json          training | complete | failed, epochs done, kept epoch (RunStatus)
 * history.csv          one row per finished epoch: seconds, samples/s, every metric
 * checkpoint/          resume state after every epoch (optimizer included)
 * model/weights.bin    the kept model weights, written when training completes
 * metrics.json         written by 'sae evaluate'
 * report.md, *.png     written by 'sae evaluate'
 *
 * .sae-lock           held by the one process writing the folder (RunLock)
 * </pre>
 *
 * Every file is written with {@link AtomicFiles}: a temporary name, then moved into place. A folder from
 * {@link #create} or {@link #openForWriting} holds the folder's {@link RunLock} until it is closed; one from
 * {@link #open} or the constructor only reads.
 */
public final class RunDirectory implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path dir;
  private final RunLock lock;

  /** The run folder at {@code dir}, for reading; it need not exist yet ({@link #create} and {@link #open} check). */
  public RunDirectory(Path dir) {
    this(dir, null);
  }

  private RunDirectory(Path dir, RunLock lock) {
    this.dir = dir;
    this.lock = lock;
  }

  /** The folder. */
  public Path path() {
    return dir;
  }

  /** {@code config.json}. */
  public Path configFile() {
    return dir.resolve("config.json");
  }

  /** {@code status.json}. */
  public Path statusFile() {
    return dir.resolve("status.json");
  }

  /** {@code model/weights.bin}. */
  public Path weightsFile() {
    return dir.resolve("model").resolve("weights.bin");
  }

  /** {@code history.csv}. */
  public Path historyFile() {
    return dir.resolve("history.csv");
  }

  /** The checkpoints written after every epoch. */
  public CheckpointStore checkpoints() {
    return new CheckpointStore(dir.resolve("checkpoint"));
  }

  /** Whether the folder holds a run (its {@code config.json}). */
  public boolean exists() {
    return Files.isRegularFile(configFile());
  }

  /**
   * Creates a new run folder and takes its {@link RunLock} (released by {@link #close}). Refuses a folder that holds
   * anything, except a run that never finished an epoch (killed during its first epoch, or failed before it): that
   * one is replaced, since nothing in it could be resumed or used, and {@code log} says so.
   */
  public static RunDirectory create(Path dir, Consumer<String> log) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException("run folder " + dir + " is a file, not a folder (use another --out)");
    }
    for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new InvalidInputException("run folder " + dir + " cannot be created: " + up + " is a file, not a folder");
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (java.nio.file.FileSystemException e) {
      throw new InvalidInputException("run folder " + dir + " cannot be created: " + why(e), e);
    }
    // Lock first, then look: two processes creating one folder cannot both find it empty.
    RunLock lock = RunLock.acquire(dir, "run folder", "training");
    try {
      RunDirectory run = new RunDirectory(dir, lock);
      List<Path> entries = run.entriesBesidesLock();
      if (!entries.isEmpty()) {
        if (!run.neverFinishedAnEpoch(entries)) {
          throw new InvalidInputException("run folder " + dir + " already exists and is not empty (use another --out, or --resume " + dir + ")");
        }
        log.accept("run folder " + dir + " holds a run that never finished an epoch; replacing it");
        for (Path e : entries) {
          deleteTree(e);
        }
      }
      Files.createDirectories(dir.resolve("checkpoint"));
      Files.createDirectories(dir.resolve("model"));
      return run;
    } catch (java.nio.file.FileSystemException e) {
      lock.close();
      throw new InvalidInputException("run folder " + dir + " cannot be created: " + why(e), e);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Opens an existing run folder to write into it (resume, evaluate), holding its {@link RunLock} until {@link #close}.
   *
   * @param doing what this process does, for a second writer's message
   */
  public static RunDirectory openForWriting(Path dir, String doing) throws IOException {
    open(dir);
    return new RunDirectory(dir, RunLock.acquire(dir, "run folder", doing));
  }

  /** Releases the lock of a folder from {@link #create} or {@link #openForWriting}; nothing for a read-only one. */
  @Override
  public void close() throws IOException {
    if (lock != null) {
      lock.close();
    }
  }

  /** Whether nothing of value is in the folder: a config and status at most, and no finished epoch. */
  private boolean neverFinishedAnEpoch(List<Path> entries) throws IOException {
    if (checkpoints().exists() || Files.exists(weightsFile())) {
      return false;
    }
    for (Path e : entries) {
      String name = e.getFileName().toString();
      boolean runFile = name.equals("config.json") || name.equals("status.json") || name.equals("checkpoint") || name.equals("model")
          || (name.startsWith(".") && name.endsWith(".tmp"));
      if (!runFile) {
        return false; // something that is not ours: never delete it
      }
    }
    if (!Files.isRegularFile(configFile())) {
      return true; // killed between creating the folder and writing config.json
    }
    try {
      return !readStatus().complete();
    } catch (InvalidInputException e) {
      return true; // killed before status.json was first written
    }
  }

  private List<Path> entriesBesidesLock() throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().equals(RunLock.FILE)).toList();
    }
  }

  /** A file system error on the user's --out (a parent that is a file, no permission) in one line. */
  private static String why(java.nio.file.FileSystemException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "no permission to write " + e.getFile()
        : e.getClass().getSimpleName() + " at " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
  }

  private static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }

  /** Opens an existing run folder. */
  public static RunDirectory open(Path dir) {
    RunDirectory run = new RunDirectory(dir);
    if (!run.exists()) {
      throw new InvalidInputException(dir + " is not a run folder (no config.json)");
    }
    return run;
  }

  /** Writes {@code config.json} atomically. */
  public void writeConfig(RunConfig config) throws IOException {
    writeJson(configFile(), config);
  }

  /** Reads {@code config.json}. @throws InvalidInputException when it is missing or corrupt */
  public RunConfig readConfig() throws IOException {
    return RunConfigCheck.check(configFile(), readJson(configFile(), RunConfig.class));
  }

  /** Writes {@code status.json} atomically. */
  public void writeStatus(RunStatus status) throws IOException {
    writeJson(statusFile(), status);
  }

  /** Reads {@code status.json}. @throws InvalidInputException when it is missing or corrupt */
  public RunStatus readStatus() throws IOException {
    return readJson(statusFile(), RunStatus.class);
  }

  /** The config, after checking that training completed. */
  public RunConfig requireComplete() throws IOException {
    RunStatus status = readStatus();
    if (!status.complete()) {
      throw new InvalidInputException("run " + dir + " is not complete (" + status.state() + " after " + status.epochsDone() + " of "
          + status.epochs() + " epochs" + (status.message().isEmpty() ? "" : ": " + status.message())
          + "); continue it with 'sae train --resume " + dir + "'");
    }
    return readConfig();
  }

  /** Writes the kept weights to {@code model/weights.bin}. */
  public void writeWeights(ParameterSnapshot weights) throws IOException {
    Files.createDirectories(weightsFile().getParent());
    weights.write(weightsFile());
  }

  /** The kept weights, after checking that training completed. */
  public ParameterSnapshot readCompleteWeights() throws IOException {
    requireComplete();
    return readWeights();
  }

  /** Reads {@code model/weights.bin} without checking the run's state (see {@link #readCompleteWeights}). */
  public ParameterSnapshot readWeights() throws IOException {
    return ParameterSnapshot.read(weightsFile());
  }

  /** Writes the history as CSV: epoch, train_seconds, hook_seconds, samples_per_second, then every metric. */
  public void writeHistory(History history) throws IOException {
    List<String> names = new ArrayList<>(history.metricNames());
    List<String> lines = new ArrayList<>();
    lines.add("epoch,train_seconds,hook_seconds,samples_per_second," + String.join(",", names));
    for (EpochMetrics m : history.epochs()) {
      StringBuilder sb = new StringBuilder();
      sb.append(m.epoch() + 1).append(',').append(m.trainSeconds()).append(',').append(m.hookSeconds()).append(',')
          .append(Math.round(m.samplesPerSecond()));
      for (String n : names) {
        Double v = m.values().get(n);
        sb.append(',').append(v == null ? "" : v.toString());
      }
      lines.add(sb.toString());
    }
    AtomicFiles.write(historyFile(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The time stamp written into configs and status files (ISO-8601, UTC). */
  public static String now() {
    return Instant.now().toString();
  }

  private static void writeJson(Path file, Object value) throws IOException {
    AtomicFiles.write(file, JSON.writeValueAsBytes(value));
  }

  private static <T> T readJson(Path file, Class<T> type) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + " not found");
    }
    try {
      return JSON.readValue(file.toFile(), type);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new InvalidInputException(file + " is not valid: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (java.io.CharConversionException e) { // Jackson took binary bytes for UTF-32
      throw new InvalidInputException(file + " is not valid: not UTF-8 text (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
  }

}
