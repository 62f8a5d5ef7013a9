package io.sae.runtime.data;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads training-set indices: a CSV with a {@code train_index} column (as 'sae suggest-labels' writes) or one index per line. */
public final class LabelIndexFile {
  private LabelIndexFile() {}

  /** The indices in {@code file}. @throws InvalidInputException when the file is missing, lists none, or a line is no index */
  public static List<Integer> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("--add-labels: " + file + " not found");
    }
    List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    int column = 0;
    int first = 0;
    if (!lines.isEmpty() && lines.getFirst().contains("train_index")) {
      column = Arrays.asList(lines.getFirst().split(",")).indexOf("train_index");
      first = 1;
    }
    List<Integer> out = new ArrayList<>();
    for (int i = first; i < lines.size(); i++) {
      String[] fields = lines.get(i).split(",");
      try {
        out.add(Integer.parseInt(fields[column].trim()));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new InvalidInputException(file + " line " + (i + 1) + ": expected a training-set index, got '" + lines.get(i) + "'");
      }
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("--add-labels: " + file + " lists no index");
    }
    return out;
  }
}
