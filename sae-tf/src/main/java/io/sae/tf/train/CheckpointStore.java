package io.sae.tf.train;

import io.sae.api.InvalidInputException;
import io.sae.data.io.AtomicFiles;
import io.sae.api.method.EpochHook;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.tf.graph.ParameterSnapshot;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Per-epoch checkpoints in a directory. Each checkpoint is a folder {@code epoch-NNNN/} holding every
 * parameter (optimizer state included), the best-so-far model weights, the hook's state and the history;
 * the file {@code latest.properties} names the newest complete folder and is replaced atomically last, so a
 * run killed at any point resumes from its last finished epoch. Older folders are deleted after the switch.
 */
public final class CheckpointStore {
  private static final String LATEST = "latest.properties";
  private final Path dir;

  public CheckpointStore(Path dir) {
    this.dir = dir;
  }

  public Path directory() {
    return dir;
  }

  /** A loaded checkpoint. */
  public record Checkpoint(
      int epochsDone, History history, ParameterSnapshot all, Optional<ParameterSnapshot> best, int bestEpoch,
      double bestValue, Path hookDir) {
    /** The folder of the plan's hook number {@code index}: {@code hook/} for the first, {@code hook-1/}, ... for the others. */
    public Path hookDir(int index) {
      return index == 0 ? hookDir : hookDir.resolveSibling("hook-" + index);
    }
  }

  /** Whether a complete checkpoint exists. */
  public boolean exists() {
    return Files.isRegularFile(dir.resolve(LATEST));
  }

  void save(int epochsDone, History history, ParameterSnapshot all, ParameterSnapshot best, int bestEpoch, double bestValue, List<EpochHook> hooks)
      throws IOException {
    String name = String.format("epoch-%04d", epochsDone);
    Path target = dir.resolve(name);
    Path staging = dir.resolve(name + ".partial");
    deleteTree(staging);
    Files.createDirectories(staging);
    all.write(staging.resolve("params.bin"));
    if (best != null) {
      best.write(staging.resolve("best.bin"));
    }
    Files.createDirectories(staging.resolve("hook"));
    for (int i = 0; i < hooks.size(); i++) {
      // the first hook keeps the folder a single hook always had, so older checkpoints resume as before
      hooks.get(i).saveState(Files.createDirectories(staging.resolve(i == 0 ? "hook" : "hook-" + i)));
    }
    writeHistory(staging.resolve("history.tsv"), history);
    deleteTree(target);
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);

    Properties p = new Properties();
    p.setProperty("folder", name);
    p.setProperty("epochsDone", String.valueOf(epochsDone));
    p.setProperty("bestEpoch", String.valueOf(bestEpoch));
    p.setProperty("bestValue", String.valueOf(bestValue));
    AtomicFiles.write(dir.resolve(LATEST), out -> p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
        "sae checkpoint: the newest complete epoch folder"));
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p2 : old.filter(f -> f.getFileName().toString().startsWith("epoch-") && !f.getFileName().toString().equals(name)).toList()) {
        deleteTree(p2);
      }
    }
  }

  /**
   * The hook folder of the newest complete checkpoint (what the epoch hook saved, e.g. k-means centres), without
   * loading the parameters.
   *
   * @throws InvalidInputException when there is no checkpoint
   */
  public Path latestHookDir() throws IOException {
    if (!exists()) {
      throw new InvalidInputException(dir + ": no finished epoch");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(LATEST), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return dir.resolve(p.getProperty("folder", "")).resolve("hook");
  }

  /**
   * Loads the newest complete checkpoint.
   *
   * @throws InvalidInputException when there is none or it is damaged
   */
  public Checkpoint load() throws IOException {
    if (!exists()) {
      throw new InvalidInputException(dir + ": no finished epoch to resume from");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(LATEST), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Path folder = dir.resolve(p.getProperty("folder", ""));
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(dir.resolve(LATEST) + " names a missing checkpoint folder " + folder.getFileName());
    }
    Path bestFile = folder.resolve("best.bin");
    return new Checkpoint(
        Integer.parseInt(p.getProperty("epochsDone")),
        readHistory(folder.resolve("history.tsv")),
        ParameterSnapshot.read(folder.resolve("params.bin")),
        Files.isRegularFile(bestFile) ? Optional.of(ParameterSnapshot.read(bestFile)) : Optional.empty(),
        Integer.parseInt(p.getProperty("bestEpoch")),
        Double.parseDouble(p.getProperty("bestValue")),
        folder.resolve("hook"));
  }

  /** History as TSV: epoch, train seconds, hook seconds, samples, then name=value pairs. */
  static void writeHistory(Path file, History history) throws IOException {
    List<String> lines = new ArrayList<>();
    for (EpochMetrics m : history.epochs()) {
      StringBuilder sb = new StringBuilder();
      sb.append(m.epoch()).append('\t').append(m.trainSeconds()).append('\t').append(m.hookSeconds()).append('\t').append(m.samples());
      m.values().forEach((k, v) -> sb.append('\t').append(k).append('=').append(v));
      lines.add(sb.toString());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static History readHistory(Path file) throws IOException {
    List<EpochMetrics> epochs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      Map<String, Double> values = new LinkedHashMap<>();
      for (int i = 4; i < f.length; i++) {
        int eq = f[i].indexOf('=');
        values.put(f[i].substring(0, eq), Double.parseDouble(f[i].substring(eq + 1)));
      }
      epochs.add(new EpochMetrics(Integer.parseInt(f[0]), values, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3])));
    }
    return new History(epochs);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
