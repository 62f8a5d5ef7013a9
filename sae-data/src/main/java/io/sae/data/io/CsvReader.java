package io.sae.data.io;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a numeric CSV file: one sample per line, every column a finite number except an optional label
 * column (integers or names, see {@link ClassLabels}).
 *
 * <ul>
 *   <li>Header: with {@link Options#header()} {@code null}, the first row is a header when one of its fields
 *       is not a number where the second row has a number (so a text label column alone does not make a
 *       header).
 *   <li>Label column: by header name, or else by 0-based index; messages name columns the same way (by
 *       header name, or by 0-based index when there is no header).
 *   <li>Fields may be quoted with {@code "} (a doubled {@code ""} inside is one quote); quoted fields cannot
 *       span lines. Blank lines are skipped; line numbers in messages count every physical line from 1.
 * </ul>
 */
public final class CsvReader {
  private CsvReader() {}

  /**
   * How to read a file.
   *
   * @param delimiter field separator: {@code ','}, {@code ';'} or a tab
   * @param labelColumn header name or 0-based index of the label column; {@code null} for none
   * @param header whether the first row is a header; {@code null} to detect it
   */
  public record Options(char delimiter, String labelColumn, Boolean header) {
    public Options {
      if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
        throw new IllegalArgumentException("CSV delimiter must be ',', ';' or a tab");
      }
    }

    /** Comma-separated, no label column, header detected. */
    public static Options defaults() {
      return new Options(',', null, null);
    }

    /** The same options with label column {@code column} (header name or 0-based index; null for none). */
    public Options withLabel(String column) {
      return new Options(delimiter, column, header);
    }

    /** The same options with delimiter {@code d}. */
    public Options withDelimiter(char d) {
      return new Options(d, labelColumn, header);
    }

    /** The same options with the header given ({@code true}/{@code false}) or detected ({@code null}). */
    public Options withHeader(Boolean h) {
      return new Options(delimiter, labelColumn, h);
    }

    /**
     * Parses a delimiter option: {@code comma}, {@code semicolon}, {@code tab}, or the character itself.
     *
     * @param option the option's name, for the message
     */
    public static char parseDelimiter(String option, String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "comma", "," -> ',';
        case "semicolon", ";" -> ';';
        case "tab", "\t", "\\t" -> '\t';
        default -> throw new InvalidInputException(option + " must be comma, semicolon or tab, got '" + value + "'");
      };
    }
  }

  /** One non-blank line split into trimmed fields. */
  private record Row(int line, String[] fields) {}

  /**
   * Reads {@code file}.
   *
   * @throws InvalidInputException when the file is missing or empty, a row has another number of fields than
   *     the first, a feature is empty, not a number or not finite, a label is empty, or the label column does
   *     not exist
   */
  public static CsvData read(Path file, Options options) throws IOException {
    FileErrors.requireReadable(file, "a CSV file");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Lines lines = new Lines(file, reader, options.delimiter());
      Row first = lines.next();
      if (first == null) {
        throw new InvalidInputException(file + ": empty CSV file, expected one sample per line");
      }
      Row second = lines.next();
      boolean header = options.header() != null ? options.header() : looksLikeHeader(first, second);
      int columns = first.fields.length;
      int label = labelIndex(file, options.labelColumn(), header ? first.fields : null, columns);
      if (columns - (label >= 0 ? 1 : 0) == 0) {
        throw new InvalidInputException(file + ": no feature columns (the only column is the label column)");
      }
      String[] names = new String[columns];
      for (int j = 0; j < columns; j++) {
        names[j] = header ? "'" + first.fields[j] + "'" : Integer.toString(j);
      }
      List<String> featureNames = new ArrayList<>();
      for (int j = 0, f = 0; j < columns; j++) {
        if (j != label) {
          featureNames.add(header ? first.fields[j] : "x" + f);
          f++;
        }
      }
      Table table = new Table(file, first.line, columns, label, names);
      if (!header) {
        table.add(first);
      }
      for (Row r = second; r != null; r = lines.next()) {
        table.add(r);
      }
      if (table.rows == 0) {
        throw new InvalidInputException(file + ": no data rows after the header");
      }
      FloatMatrix features = new FloatMatrix(table.rows, featureNames.size(), Arrays.copyOf(table.values, table.size));
      String labelName = label < 0 ? null : header ? first.fields[label] : Integer.toString(label);
      return new CsvData(features, featureNames, labelName, label < 0 ? null : table.labels, label < 0 ? null : table.labelLines());
    } catch (IOException e) {
      throw FileErrors.translate(file, e);
    }
  }

  private static boolean looksLikeHeader(Row first, Row second) {
    for (int j = 0; j < first.fields.length; j++) {
      if (!isNumber(first.fields[j])
          && (second == null || j >= second.fields.length || isNumber(second.fields[j]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    try {
      Float.parseFloat(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static int labelIndex(Path file, String column, String[] header, int columns) {
    if (column == null) {
      return -1;
    }
    if (header != null) {
      int at = Arrays.asList(header).indexOf(column);
      if (at >= 0) {
        return at;
      }
    }
    if (column.matches("\\d+")) {
      int at = column.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(column);
      if (at >= columns) {
        throw new InvalidInputException(
            file + ": label column index " + column + " is out of range: the file has " + columns
                + " columns (0-based indices 0.." + (columns - 1) + ")");
      }
      return at;
    }
    if (header == null) {
      throw new InvalidInputException(
          file + ": has no header row, so the label column must be a 0-based index, got '" + column + "'");
    }
    throw new InvalidInputException(
        file + ": no column named '" + column + "' for the labels (columns: " + String.join(", ", header) + ")");
  }

  /** Splits lines into fields, skipping blank ones. */
  private static final class Lines {
    private final Path file;
    private final BufferedReader reader;
    private final char delimiter;
    private int line;

    Lines(Path file, BufferedReader reader, char delimiter) {
      this.file = file;
      this.reader = reader;
      this.delimiter = delimiter;
    }

    Row next() throws IOException {
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1); // byte-order mark some spreadsheet programs write
        }
        if (!text.isBlank()) {
          return new Row(line, split(text));
        }
      }
      return null;
    }

    private String[] split(String text) {
      List<String> fields = new ArrayList<>();
      if (text.indexOf('"') < 0) { // the common case, without quote handling
        int start = 0;
        for (int i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, start)) {
          fields.add(text.substring(start, i).trim());
          start = i + 1;
        }
        fields.add(text.substring(start).trim());
        return fields.toArray(String[]::new);
      }
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cur.append(c);
          }
        } else if (c == '"' && cur.toString().isBlank()) {
          cur.setLength(0);
          quoted = true;
        } else if (c == delimiter) {
          fields.add(cur.toString().trim());
          cur.setLength(0);
        } else {
          cur.append(c);
        }
      }
      if (quoted) {
        throw new InvalidInputException(file + " line " + line + ": unclosed quote (quoted fields cannot span lines)");
      }
      fields.add(cur.toString().trim());
      return fields.toArray(String[]::new);
    }
  }

  /** Collects parsed rows. */
  private static final class Table {
    private final Path file;
    private final int firstLine;
    private final int columns;
    private final int label;
    private final String[] names;
    private float[] values = new float[1024];
    private int size;
    private int rows;
    private final List<String> labels = new ArrayList<>();
    private int[] lines = new int[1024];

    Table(Path file, int firstLine, int columns, int label, String[] names) {
      this.file = file;
      this.firstLine = firstLine;
      this.columns = columns;
      this.label = label;
      this.names = names;
    }

    void add(Row r) {
      String[] f = r.fields;
      if (f.length != columns) {
        throw new InvalidInputException(
            file + " line " + r.line + ": " + f.length + " fields, expected " + columns + " (as in line " + firstLine + ")");
      }
      if (values.length - size < columns) {
        values = Arrays.copyOf(values, Math.max(2 * values.length, size + columns));
      }
      for (int j = 0; j < columns; j++) {
        if (j == label) {
          if (f[j].isEmpty()) {
            throw new InvalidInputException(file + " line " + r.line + ", column " + names[j] + ": empty label (every row needs one)");
          }
          if (labels.size() == lines.length) {
            lines = Arrays.copyOf(lines, 2 * lines.length);
          }
          lines[labels.size()] = r.line;
          labels.add(f[j]);
          continue;
        }
        values[size++] = parse(r.line, j, f[j]);
      }
      rows++;
    }

    int[] labelLines() {
      return Arrays.copyOf(lines, labels.size());
    }

    private float parse(int line, int column, String text) {
      String where = file + " line " + line + ", column " + names[column] + ": ";
      if (text.isEmpty()) {
        throw new InvalidInputException(where + "empty value, expected a number");
      }
      float v;
      try {
        v = Float.parseFloat(text);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(where + "'" + text + "' is not a number");
      }
      if (!Float.isFinite(v)) {
        throw new InvalidInputException(where + "'" + text + "' is not a finite number");
      }
      return v;
    }
  }
}
