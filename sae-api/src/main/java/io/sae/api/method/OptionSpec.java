package io.sae.api.method;

/**
 * One option a method accepts ({@code --set name=value} on the command line).
 *
 * @param name option name
 * @param type value type
 * @param defaultValue default, as text
 * @param min smallest allowed value for numbers (inclusive), {@code -Infinity} for none
 * @param max largest allowed value for numbers (inclusive), {@code Infinity} for none
 * @param description one line for {@code sae methods}
 */
public record OptionSpec(String name, Type type, String defaultValue, double min, double max, String description) {

  /** Value types. */
  public enum Type {
    DOUBLE,
    INT,
    BOOLEAN,
    STRING
  }

  public static OptionSpec ofDouble(String name, double def, double min, double max, String description) {
    return new OptionSpec(name, Type.DOUBLE, String.valueOf(def), min, max, description);
  }

  public static OptionSpec ofInt(String name, int def, int min, int max, String description) {
    return new OptionSpec(name, Type.INT, String.valueOf(def), min, max, description);
  }

  public static OptionSpec ofBoolean(String name, boolean def, String description) {
    return new OptionSpec(name, Type.BOOLEAN, String.valueOf(def), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
  }

  public static OptionSpec ofString(String name, String def, String description) {
    return new OptionSpec(name, Type.STRING, def, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
  }
}
