package io.sae.api.method;

/**
 * An extra matrix a {@link TrainingPlan} declares next to the network's own weights, e.g. the cluster centres of DEC.
 * The trainer creates it as a model parameter, kept in checkpoints and in the saved weights; the optimizer trains it
 * unless it is {@linkplain #fixed fixed}. Loss terms read it in the graph; epoch hooks see its current value in
 * {@link EpochState#variables()} and may set it with {@link HookResult#assignments()} (e.g. k-means centres).
 *
 * <p>A declared variable starts at zero. When a run starts from another run's weights ({@code --init-from}) that lack
 * it, a hook must assign it at the first refresh, otherwise training stops with an error.
 *
 * @param name unique name among the plan's variables (letters, digits, {@code - _ .}); the saved weights keep it as
 *     {@code variable/NAME}
 * @param rows rows of the matrix
 * @param cols columns of the matrix
 * @param trained whether the optimizer updates it (false: only hook assignments change it)
 */
public record VariableKey(String name, int rows, int cols, boolean trained) {
  /** @throws IllegalArgumentException on an empty or unusual name, or a non-positive size */
  public VariableKey {
    if (name == null || !name.matches("[A-Za-z0-9_.\\-]+")) {
      throw new IllegalArgumentException("a plan variable needs a name of letters, digits and - _ . only, got '" + name + "'");
    }
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("plan variable " + name + " needs a positive size, got " + rows + "x" + cols);
    }
  }

  /** A trained variable (the optimizer updates it with the network). */
  public VariableKey(String name, int rows, int cols) {
    this(name, rows, cols, true);
  }

  /** A variable the optimizer leaves alone: it keeps the value a hook assigns until the next assignment. */
  public static VariableKey fixed(String name, int rows, int cols) {
    return new VariableKey(name, rows, cols, false);
  }

  /** The name of the variable in checkpoints and in the saved weights ({@code weights.bin}). */
  public String parameterName() { return "variable/" + name; }

  @Override
  public String toString() { return name + " [" + rows + "x" + cols + (trained ? "" : ", fixed") + "]"; }
}
