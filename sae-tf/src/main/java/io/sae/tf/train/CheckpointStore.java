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
    try {
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
    } catch (IOException | RuntimeException e) {
      // e.g. no space left: the previous checkpoint stays the latest, and the half-written one gives its space back
      try {
        deleteTree(staging);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
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
    return latestFolder(readLatest()).resolve("hook");
  }

  /**
   * Loads the newest complete checkpoint.
   *
   * @throws InvalidInputException when there is none or it is damaged (a missing or unreadable file, a value that
   *     does not parse, a history that does not match the epochs done)
   */
  public Checkpoint load() throws IOException {
    if (!exists()) {
      throw new InvalidInputException(dir + ": no finished epoch to resume from");
    }
    Properties p = readLatest();
    Path folder = latestFolder(p);
    int epochsDone = parse(p, "epochsDone", Integer::parseInt);
    int bestEpoch = parse(p, "bestEpoch", Integer::parseInt);
    double bestValue = parse(p, "bestValue", Double::parseDouble);
    if (epochsDone < 1 || !folder.getFileName().toString().equals(String.format("epoch-%04d", epochsDone))) {
      throw damaged("epochsDone=" + epochsDone + " does not match the folder " + folder.getFileName());
    }
    if (bestEpoch < -1 || bestEpoch >= epochsDone) {
      throw damaged("bestEpoch=" + bestEpoch + " is not one of the " + epochsDone + " epochs done");
    }
    History history = readHistory(folder.resolve("history.tsv"));
    // the epochs in order, the last being the one done last (a history may start later than epoch 0)
    List<EpochMetrics> epochs = history.epochs();
    for (int e = 1; e < epochs.size(); e++) {
      if (epochs.get(e).epoch() != epochs.get(e - 1).epoch() + 1) {
        throw damaged(folder.resolve("history.tsv") + " line " + (e + 1) + " is epoch " + epochs.get(e).epoch() + ", expected "
            + (epochs.get(e - 1).epoch() + 1));
      }
    }
    if (epochs.isEmpty() || epochs.getLast().epoch() != epochsDone - 1) {
      throw damaged(folder.resolve("history.tsv") + (epochs.isEmpty() ? " is empty" : " ends with epoch " + epochs.getLast().epoch())
          + ", latest.properties says " + epochsDone + " epochs are done");
    }
    Path bestFile = folder.resolve("best.bin");
    return new Checkpoint(
        epochsDone,
        history,
        ParameterSnapshot.read(folder.resolve("params.bin")),
        Files.isRegularFile(bestFile) ? Optional.of(ParameterSnapshot.read(bestFile)) : Optional.empty(),
        bestEpoch,
        bestValue,
        folder.resolve("hook"));
  }

  private Properties readLatest() throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(LATEST), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (java.nio.charset.CharacterCodingException | IllegalArgumentException e) {
      // IllegalArgumentException: a malformed \\uXXXX escape
      throw damaged(LATEST + " is not a properties file (" + e.getClass().getSimpleName() + ")");
    }
    return p;
  }

  /** The epoch folder {@code latest.properties} names: a plain {@code epoch-NNNN} inside this store, and present. */
  private Path latestFolder(Properties p) {
    String name = p.getProperty("folder", "");
    if (!name.matches("epoch-\\d{4,}")) {
      throw damaged(LATEST + " names the folder '" + name.replaceAll("\\p{Cntrl}", "?") + "', expected epoch-NNNN");
    }
    Path folder = dir.resolve(name);
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(dir.resolve(LATEST) + " names a missing checkpoint folder " + folder.getFileName());
    }
    return folder;
  }

  private <T> T parse(Properties p, String key, java.util.function.Function<String, T> parser) {
    String v = p.getProperty(key);
    try {
      return parser.apply(v == null ? "" : v.strip());
    } catch (NumberFormatException e) {
      throw damaged(LATEST + " has " + key + "=" + (v == null ? "(missing)" : "'" + v.replaceAll("\\p{Cntrl}", "?") + "'") + ", expected a number");
    }
  }

  private InvalidInputException damaged(String why) {
    return new InvalidInputException(dir + ": damaged checkpoint: " + why);
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
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException(file + ": damaged checkpoint: the history file is missing", e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException(file + ": damaged checkpoint: the history is not UTF-8 text", e);
    }
    List<EpochMetrics> epochs = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f.length < 4) {
          throw new IllegalArgumentException(f.length + " fields, expected at least 4");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 4; i < f.length; i++) {
          int eq = f[i].indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("'" + f[i].replaceAll("\\p{Cntrl}", "?") + "' is not name=value");
          }
          values.put(f[i].substring(0, eq), Double.parseDouble(f[i].substring(eq + 1)));
        }
        epochs.add(new EpochMetrics(Integer.parseInt(f[0]), values, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3])));
      } catch (IllegalArgumentException e) { // NumberFormatException included
        throw new InvalidInputException(file + ": damaged checkpoint: line " + lineNo + ": " + e.getMessage().lines().findFirst().orElse(""), e);
      }
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
