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
 * </pre>
 *
 * Every file is written with {@link AtomicFiles}: a temporary name, then moved into place.
 */
public final class RunDirectory {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path dir;

  /** The run folder at {@code dir}, which need not exist yet ({@link #create} and {@link #open} check). */
  public RunDirectory(Path dir) {
    this.dir = dir;
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

  /** Creates a new run folder; refuses a folder that already holds files. */
  public static RunDirectory create(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException("run folder " + dir + " is a file, not a folder (use another --out)");
    }
    for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up) && !Files.isDirectory(up)) {
        throw new InvalidInputException("run folder " + dir + " cannot be created: " + up + " is a file, not a folder");
      }
    }
    if (Files.isDirectory(dir)) {
      try (var s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new InvalidInputException("run folder " + dir + " already exists and is not empty (use another --out, or --resume " + dir + ")");
        }
      }
    }
    try {
      Files.createDirectories(dir.resolve("checkpoint"));
      Files.createDirectories(dir.resolve("model"));
    } catch (java.nio.file.FileSystemException e) {
      // e.g. a parent that is a file, or no permission: the user's --out, not an internal error
      String why = e instanceof java.nio.file.AccessDeniedException ? "no permission to write " + e.getFile()
          : e.getClass().getSimpleName() + " at " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
      throw new InvalidInputException("run folder " + dir + " cannot be created: " + why, e);
    }
    return new RunDirectory(dir);
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
