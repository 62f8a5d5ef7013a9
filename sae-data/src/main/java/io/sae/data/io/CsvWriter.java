package io.sae.data.io;

import io.sae.api.data.FloatMatrix;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a matrix as comma-separated text with a header row, optionally with an integer label column last.
 * Values are written in Java's shortest round-trip form, so {@link CsvReader} reads back the same floats. The
 * file appears under its name only when complete.
 */
public final class CsvWriter {
  private CsvWriter() {}

  /** Writes {@code matrix} with columns {@code x0, x1, ...}. */
  public static void write(Path file, FloatMatrix matrix) throws IOException {
    write(file, matrix, defaultNames(matrix.cols()), null, null);
  }

  /** Writes {@code matrix} with columns {@code x0, x1, ...} and a last column {@code label}. */
  public static void write(Path file, FloatMatrix matrix, int[] labels) throws IOException {
    write(file, matrix, defaultNames(matrix.cols()), "label", labels);
  }

  /**
   * Writes {@code matrix} with the given column names and, when {@code labels} is not null, a last column
   * {@code labelColumn}.
   */
  public static void write(Path file, FloatMatrix matrix, List<String> columnNames, String labelColumn, int[] labels)
      throws IOException {
    if (columnNames.size() != matrix.cols()) {
      throw new IllegalArgumentException(columnNames.size() + " column names for " + matrix.cols() + " columns");
    }
    if (labels != null && labels.length != matrix.rows()) {
      throw new IllegalArgumentException(labels.length + " labels for " + matrix.rows() + " rows");
    }
    AtomicFiles.write(file, raw -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
      List<String> header = new ArrayList<>(columnNames);
      if (labels != null) {
        header.add(labelColumn);
      }
      for (int j = 0; j < header.size(); j++) {
        out.write(j > 0 ? "," : "");
        out.write(quote(header.get(j)));
      }
      out.write('\n');
      float[] d = matrix.data();
      int cols = matrix.cols();
      for (int i = 0; i < matrix.rows(); i++) {
        for (int j = 0; j < cols; j++) {
          if (j > 0) {
            out.write(',');
          }
          out.write(Float.toString(d[i * cols + j]));
        }
        if (labels != null) {
          out.write(cols > 0 ? "," : "");
          out.write(Integer.toString(labels[i]));
        }
        out.write('\n');
      }
      out.flush();
    });
  }

  private static List<String> defaultNames(int cols) {
    List<String> names = new ArrayList<>(cols);
    for (int j = 0; j < cols; j++) {
      names.add("x" + j);
    }
    return names;
  }

  private static String quote(String name) {
    if (name.indexOf(',') < 0 && name.indexOf('"') < 0 && name.indexOf('\n') < 0 && name.equals(name.trim())) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"").replace('\n', ' ') + '"';
  }
}
