package io.sae.methods.sae;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dissimilarities between classes that the structured latent space should reproduce: by default every
 * pair of classes 1 apart, or a K x K matrix from a CSV file (one row per line, comma-separated, classes in
 * the dataset's class order after grouping), times a scale.
 */
public final class ClassDistances {
  private ClassDistances() {}

  /** Every pair of distinct classes {@code scale} apart. */
  public static double[][] equal(int classes, double scale) {
    double[][] d = new double[classes][classes];
    for (int a = 0; a < classes; a++) {
      for (int b = 0; b < classes; b++) {
        d[a][b] = a == b ? 0 : scale;
      }
    }
    return d;
  }

  /**
   * Reads a K x K matrix and multiplies it by {@code scale}.
   *
   * @throws InvalidInputException when the file is missing or the matrix is not K x K, symmetric, finite,
   *     non-negative with a zero diagonal and positive off the diagonal
   */
  public static double[][] read(Path file, int classes, double scale) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("class distance file " + file + " not found");
    }
    List<double[]> rows = new ArrayList<>();
    int lineNo = 0;
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException("class distance file " + file + ": not UTF-8 text (expected comma-separated numbers)", e);
    }
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(",");
      double[] row = new double[parts.length];
      for (int j = 0; j < parts.length; j++) {
        try {
          row[j] = Double.parseDouble(parts[j].trim());
        } catch (NumberFormatException e) {
          throw new InvalidInputException(file + " line " + lineNo + ": '" + parts[j].trim() + "' is not a number");
        }
        if (!Double.isFinite(row[j]) || row[j] < 0) {
          throw new InvalidInputException(file + " line " + lineNo + ": distances must be finite and non-negative, got " + parts[j].trim());
        }
      }
      rows.add(row);
    }
    if (rows.size() != classes || rows.stream().anyMatch(r -> r.length != classes)) {
      throw new InvalidInputException(file + ": expected a " + classes + " x " + classes + " distance matrix (one per class pair), got "
          + rows.size() + " rows");
    }
    double[][] d = rows.toArray(double[][]::new);
    for (int a = 0; a < classes; a++) {
      if (d[a][a] != 0) {
        throw new InvalidInputException(file + ": the distance of class " + a + " to itself must be 0, got " + d[a][a]);
      }
      for (int b = 0; b < classes; b++) {
        if (Math.abs(d[a][b] - d[b][a]) > 1e-12) {
          throw new InvalidInputException(file + ": the matrix must be symmetric; entries (" + a + "," + b + ") and (" + b + "," + a + ") differ");
        }
        if (a != b && d[a][b] == 0) {
          throw new InvalidInputException(file + ": classes " + a + " and " + b + " are 0 apart; distinct classes need a positive distance");
        }
      }
    }
    for (double[] row : d) {
      for (int b = 0; b < classes; b++) {
        row[b] *= scale;
      }
    }
    return d;
  }
}
