package io.sae.api.method;

import io.sae.api.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A method's option values, checked against its {@link OptionSpec}s: unknown names, unparsable values and
 * values out of range are rejected with a message naming the option.
 */
public final class MethodOptions {
  private final String method;
  private final Map<String, OptionSpec> specs = new LinkedHashMap<>();
  private final Map<String, String> values = new TreeMap<>();

  /**
   * @param method method name, for messages
   * @param specs the options the method accepts
   * @param given values the user set (name to text); missing ones take their defaults
   */
  public MethodOptions(String method, List<OptionSpec> specs, Map<String, String> given) {
    this.method = method;
    for (OptionSpec s : specs) {
      this.specs.put(s.name(), s);
      values.put(s.name(), s.defaultValue());
    }
    for (Map.Entry<String, String> e : given.entrySet()) {
      OptionSpec spec = this.specs.get(e.getKey());
      if (spec == null) {
        throw new InvalidInputException(
            "method " + method + " has no option '" + e.getKey() + "'"
                + (this.specs.isEmpty() ? " (it takes none)" : " (options: " + String.join(", ", this.specs.keySet()) + ")"));
      }
      check(spec, e.getValue());
      values.put(e.getKey(), e.getValue().trim());
    }
  }

  private void check(OptionSpec spec, String text) {
    String where = "option " + spec.name() + " of method " + method;
    switch (spec.type()) {
      case DOUBLE, INT -> {
        double v;
        try {
          v = spec.type() == OptionSpec.Type.INT ? Integer.parseInt(text.trim()) : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
          throw new InvalidInputException(where + " expects " + (spec.type() == OptionSpec.Type.INT ? "a whole number" : "a number") + ", got '" + text + "'");
        }
        if (!(v >= spec.min() && v <= spec.max())) {
          throw new InvalidInputException(where + " must be in [" + fmt(spec.min()) + ", " + fmt(spec.max()) + "], got " + text);
        }
      }
      case BOOLEAN -> {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
          throw new InvalidInputException(where + " expects true or false, got '" + text + "'");
        }
      }
      case STRING -> {}
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private String raw(String name) {
    String v = values.get(name);
    if (v == null) throw new IllegalArgumentException("method " + method + " declares no option " + name);
    return v;
  }

  public double getDouble(String name) { return Double.parseDouble(raw(name)); }

  public int getInt(String name) { return Integer.parseInt(raw(name)); }

  public boolean getBoolean(String name) { return Boolean.parseBoolean(raw(name)); }

  public String getString(String name) { return raw(name); }

  /** Every option with its effective value (defaults included), sorted by name: the run's provenance. */
  public Map<String, String> asMap() { return Collections.unmodifiableMap(values); }
}
