package io.sae.data.io;

import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns label values read as text (a CSV label column) into class indices, by one rule:
 * <ul>
 *   <li>a column whose values are all <b>numbers</b> holds class indices: each value must be a whole number
 *       {@code >= 0} (an error names the first one that is not, e.g. {@code -7}, {@code 1.5} or {@code 1.0}); the
 *       classes are {@code 0..max} named {@code "0".."max"}, and every one of them must have a sample (a label of
 *       250 among 0..9 is an error, not 240 empty classes);</li>
 *   <li>a column with any value that is not a number holds class <b>names</b>: the classes are the distinct
 *       values in sorted (String) order.</li>
 * </ul>
 * A stray value therefore never turns a column of class indices into class names silently.
 *
 * @param classNames the classes, in index order
 * @param integer whether the values are class indices rather than names
 */
public record ClassLabels(List<String> classNames, boolean integer) {
  /** More integer classes than this is a column of ids or measurements, not labels. */
  public static final int MAX_INTEGER_CLASSES = 100_000;

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  /** How many missing classes a message lists before "...". */
  private static final int LISTED = 10;

  public ClassLabels {
    classNames = List.copyOf(classNames);
  }

  /**
   * One label column and where its values came from, so that messages can name a line.
   *
   * @param file the file, for messages
   * @param values the values, trimmed
   * @param lines the 1-based line of each value in {@code file}, or {@code null} to name values by sample index
   */
  public record Column(String file, List<String> values, int[] lines) {
    public Column {
      values = List.copyOf(values);
      if (lines != null && lines.length != values.size()) {
        throw new IllegalArgumentException(lines.length + " line numbers for " + values.size() + " values");
      }
    }

    /** A column whose values are named by their sample index. */
    public static Column of(String file, List<String> values) {
      return new Column(file, values, null);
    }

    String where(int i) {
      return lines == null ? file + ": sample " + i : file + " line " + lines[i];
    }
  }

  /** {@link #infer(Column...)} for columns named by sample index, all from {@code source}. */
  @SafeVarargs
  public static ClassLabels infer(String source, List<String>... columns) {
    Column[] c = new Column[columns.length];
    for (int i = 0; i < columns.length; i++) {
      c[i] = Column.of(source, columns[i]);
    }
    return infer(c);
  }

  /**
   * The classes of several label columns together (e.g. train and test), so both encode alike.
   *
   * @throws InvalidInputException when numeric labels are not class indices, are implausibly large, or leave a
   *     class without samples
   */
  public static ClassLabels infer(Column... columns) {
    boolean numeric = true;
    for (Column column : columns) {
      for (String v : column.values()) {
        numeric &= NUMBER.matcher(v).matches();
      }
    }
    if (!numeric) {
      TreeSet<String> names = new TreeSet<>();
      for (Column column : columns) {
        names.addAll(column.values());
      }
      return new ClassLabels(new ArrayList<>(names), false);
    }
    int max = -1;
    for (Column column : columns) {
      for (int i = 0; i < column.values().size(); i++) {
        max = Math.max(max, classIndex(column, i));
      }
    }
    boolean[] seen = new boolean[max + 1];
    for (Column column : columns) {
      for (String v : column.values()) {
        seen[Integer.parseInt(v)] = true;
      }
    }
    requireAllClassesPresent(sourceOf(columns), seen);
    List<String> names = new ArrayList<>();
    for (int c = 0; c <= max; c++) {
      names.add(Integer.toString(c));
    }
    return new ClassLabels(names, true);
  }

  /**
   * Fails when a class index in {@code 0..seen.length-1} has no sample: integer labels are class indices, so a gap
   * means a typo or a column that is not labels.
   *
   * @param source what the labels come from, for the message
   * @param seen which class indices occur
   */
  public static void requireAllClassesPresent(String source, boolean[] seen) {
    List<Integer> missing = new ArrayList<>();
    for (int c = 0; c < seen.length; c++) {
      if (!seen[c]) {
        missing.add(c);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String listed = missing.subList(0, Math.min(LISTED, missing.size())).toString();
    throw new InvalidInputException(
        source + ": integer labels are class indices 0.." + (seen.length - 1) + ", but " + missing.size() + " of these classes have no sample "
            + (missing.size() > LISTED ? listed.replace("]", ", ...]") : listed)
            + "; renumber the classes 0..k-1 or check the label column");
  }

  private static int classIndex(Column column, int i) {
    String v = column.values().get(i);
    if (!DIGITS.matcher(v).matches()) {
      throw new InvalidInputException(
          column.where(i) + ": label '" + v + "' is not a class index; the labels are numbers, so each must be a whole number >= 0 "
              + "(write class names if the labels are names)");
    }
    if (v.length() > 9 || Integer.parseInt(v) >= MAX_INTEGER_CLASSES) {
      throw new InvalidInputException(
          column.where(i) + ": integer label " + v + " would mean " + v + "+ classes; integer labels are class indices 0..max "
              + "(at most " + MAX_INTEGER_CLASSES + " classes). Is the label column right?");
    }
    return Integer.parseInt(v);
  }

  private static String sourceOf(Column[] columns) {
    TreeSet<String> files = new TreeSet<>();
    for (Column c : columns) {
      files.add(c.file());
    }
    return String.join(" and ", files);
  }

  /**
   * Class indices of {@code values}.
   *
   * @throws InvalidInputException when a value is not one of the classes
   */
  public int[] encode(String source, List<String> values) {
    int[] out = new int[values.size()];
    Map<String, Integer> index = new HashMap<>();
    if (!integer) {
      for (int c = 0; c < classNames.size(); c++) {
        index.put(classNames.get(c), c);
      }
    }
    for (int i = 0; i < out.length; i++) {
      String v = values.get(i);
      Integer c = null;
      if (integer && DIGITS.matcher(v).matches() && v.length() <= 9) {
        int x = Integer.parseInt(v);
        c = x < classNames.size() ? x : null;
      } else if (!integer) {
        c = index.get(v);
      }
      if (c == null) {
        throw new InvalidInputException(source + ": label '" + v + "' of sample " + i + " is not one of the classes " + classNames);
      }
      out[i] = c;
    }
    return out;
  }
}
