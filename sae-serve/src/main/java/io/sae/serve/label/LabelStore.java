package io.sae.serve.label;

import io.sae.api.InvalidInputException;
import io.sae.data.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels a person gave in the explorer, kept as the CSV {@code sae train --add-labels} reads
 * ({@code train_index,label}: the sample's index in the dataset's training set and the class name typed).
 * Every change rewrites the whole file atomically (a temporary file renamed over it), so a server stopped at any
 * moment leaves either the previous or the new file, never a partial one; a store opened on an existing file
 * continues from it.
 */
public final class LabelStore {
  public static final String HEADER = "train_index,label";
  private final Path file;
  private final List<String> classNames;
  private final TreeMap<Integer, String> labels = new TreeMap<>();

  /** Opens (and reads, when it exists) {@code file}. @throws InvalidInputException when it is not such a CSV */
  public LabelStore(Path file, List<String> classNames) throws IOException {
    this.file = file;
    this.classNames = List.copyOf(classNames);
    if (Files.isRegularFile(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
        throw new InvalidInputException(file + ": not a label file (expected the header '" + HEADER + "')");
      }
      for (int i = 1; i < lines.size(); i++) {
        String l = lines.get(i);
        if (l.isBlank()) {
          continue;
        }
        int comma = l.indexOf(',');
        try {
          labels.put(Integer.parseInt(l.substring(0, comma)), l.substring(comma + 1));
        } catch (RuntimeException e) {
          throw new InvalidInputException(file + " line " + (i + 1) + ": expected INDEX,LABEL, got '" + l + "'");
        }
      }
    }
  }

  public Path file() { return file; }

  /**
   * Records (or replaces) the label of training sample {@code trainIndex} and writes the file.
   *
   * @throws InvalidInputException when the label is not one of the run's classes
   */
  public synchronized Map<Integer, String> put(int trainIndex, String label) throws IOException {
    String name = label == null ? "" : label.trim();
    if (!classNames.contains(name)) {
      throw new InvalidInputException("label '" + name + "' is not a class of the run (classes: " + String.join(", ", classNames) + ")");
    }
    if (trainIndex < 0) {
      throw new InvalidInputException("train index must be non-negative, got " + trainIndex);
    }
    TreeMap<Integer, String> next = new TreeMap<>(labels);
    next.put(trainIndex, name);
    write(next);
    labels.put(trainIndex, name);
    return all();
  }

  /** The labels so far, by training index. */
  public synchronized Map<Integer, String> all() {
    return Map.copyOf(labels);
  }

  private void write(TreeMap<Integer, String> content) throws IOException {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    content.forEach((i, l) -> b.append(i).append(',').append(l).append('\n'));
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
