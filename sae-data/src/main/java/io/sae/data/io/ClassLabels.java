package io.sae.data.io;

import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns label values read as text (a CSV label column) into class indices. When every value is a
 * non-negative integer, the values are the class indices and the classes are {@code 0..max} named
 * {@code "0".."max"}; otherwise every distinct value is a class name and the classes are those names in sorted
 * (String) order.
 *
 * @param classNames the classes, in index order
 * @param integer whether the values are class indices rather than names
 */
public record ClassLabels(List<String> classNames, boolean integer) {
  /** More integer classes than this is a column of ids or measurements, not labels. */
  public static final int MAX_INTEGER_CLASSES = 100_000;

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  public ClassLabels {
    classNames = List.copyOf(classNames);
  }

  /**
   * The classes of several label columns together (e.g. train and test), so both encode alike.
   *
   * @param source what the values come from, for messages
   * @throws InvalidInputException when integer labels are implausibly large
   */
  @SafeVarargs
  public static ClassLabels infer(String source, List<String>... columns) {
    boolean integer = true;
    for (List<String> column : columns) {
      for (String v : column) {
        if (!DIGITS.matcher(v).matches()) {
          integer = false;
          break;
        }
      }
    }
    if (integer) {
      long max = -1;
      for (List<String> column : columns) {
        for (String v : column) {
          long x = v.length() > 9 ? Long.MAX_VALUE : Long.parseLong(v);
          if (x >= MAX_INTEGER_CLASSES) {
            throw new InvalidInputException(
                source + ": integer label " + v + " would mean " + v + "+ classes; integer labels are class indices 0..max "
                    + "(at most " + MAX_INTEGER_CLASSES + " classes). Is the label column right?");
          }
          max = Math.max(max, x);
        }
      }
      List<String> names = new ArrayList<>();
      for (int c = 0; c <= max; c++) {
        names.add(Integer.toString(c));
      }
      return new ClassLabels(names, true);
    }
    TreeSet<String> names = new TreeSet<>();
    for (List<String> column : columns) {
      names.addAll(column);
    }
    return new ClassLabels(new ArrayList<>(names), false);
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
