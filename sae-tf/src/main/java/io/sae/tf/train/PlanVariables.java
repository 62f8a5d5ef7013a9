package io.sae.tf.train;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.VariableKey;
import io.sae.tf.spi.Initializer;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tensorflow.Session;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The extra variables a {@link io.sae.api.method.TrainingPlan} declares: created as model parameters (so checkpoints
 * and {@code weights.bin} keep them, under {@link VariableKey#parameterName()}; Adam trains all but the
 * {@linkplain VariableKey#fixed fixed} ones), read for the
 * hooks and assigned from their {@link io.sae.api.method.HookResult#assignments()}. A plan without variables creates
 * nothing here, so its graph, its random draws and its weights are what they were before plans could declare any.
 */
final class PlanVariables {
  private final Parameters params;
  private final Map<VariableKey, Variable<TFloat32>> variables = new LinkedHashMap<>();

  /** Creates the variables, after the network's own parameters; they start at zero. */
  PlanVariables(Parameters params, List<VariableKey> keys) {
    this.params = params;
    for (VariableKey k : keys) {
      long[] shape = {k.rows(), k.cols()};
      Initializer zero = new Initializer.Constant(0f);
      variables.put(k, k.trained() ? params.model(k.parameterName(), shape, zero) : params.fixedModel(k.parameterName(), shape, zero));
    }
  }

  boolean isEmpty() {
    return variables.isEmpty();
  }

  /**
   * The graph variable of a declared key.
   *
   * @throws InvalidInputException when the plan does not declare it (with this shape)
   */
  Variable<TFloat32> get(VariableKey key) {
    Variable<TFloat32> v = variables.get(key);
    if (v == null) {
      throw new InvalidInputException("a loss term uses the variable " + key + ", but the plan declares "
          + (variables.isEmpty() ? "no variables (TrainingPlan.Builder.variable)" : variables.keySet()));
    }
    return v;
  }

  /** The declared keys a warm start has no values for; they must be assigned by a hook at the first refresh. */
  Set<VariableKey> missingFrom(ParameterSnapshot warmStart) {
    Set<VariableKey> out = new LinkedHashSet<>();
    for (VariableKey k : variables.keySet()) {
      if (!warmStart.arrays().containsKey(k.parameterName())) {
        out.add(k);
      }
    }
    return out;
  }

  /** {@code warmStart} with the initial (zero) values of the variables it lacks, so it loads as a complete model. */
  ParameterSnapshot complete(ParameterSnapshot warmStart, ParameterSnapshot initial) {
    Map<String, ParameterSnapshot.Array> out = new LinkedHashMap<>(warmStart.arrays());
    for (VariableKey k : missingFrom(warmStart)) {
      out.put(k.parameterName(), initial.get(k.parameterName()));
    }
    return new ParameterSnapshot(out);
  }

  /** The current values, by key (empty without variables, at no cost). */
  Map<VariableKey, FloatMatrix> read(Session session) {
    if (variables.isEmpty()) {
      return Map.of();
    }
    ParameterSnapshot all = params.snapshot(session, Parameters.Kind.MODEL);
    Map<VariableKey, FloatMatrix> out = new LinkedHashMap<>();
    for (VariableKey k : variables.keySet()) {
      out.put(k, new FloatMatrix(k.rows(), k.cols(), all.get(k.parameterName()).values()));
    }
    return out;
  }

  /**
   * Checks that every assignment names a declared variable with its shape.
   *
   * @throws IllegalStateException naming the hook's mistake
   */
  void check(Map<VariableKey, FloatMatrix> assignments) {
    for (var a : assignments.entrySet()) {
      VariableKey k = a.getKey();
      if (!variables.containsKey(k)) {
        throw new IllegalStateException("an epoch hook assigns the variable " + k + ", which the plan does not declare (it has "
            + variables.keySet() + ")");
      }
      FloatMatrix m = a.getValue();
      if (m.rows() != k.rows() || m.cols() != k.cols()) {
        throw new IllegalStateException("an epoch hook assigns a " + m.rows() + "x" + m.cols() + " matrix to the variable " + k);
      }
      long bad = m.firstNonFinite();
      if (bad >= 0) {
        throw new IllegalStateException("an epoch hook assigns a non-finite value to the variable " + k + " (at index " + bad + ")");
      }
    }
  }

  /** Assigns checked values to their variables; the others keep theirs. */
  void assign(Session session, Map<VariableKey, FloatMatrix> assignments) {
    if (assignments.isEmpty()) {
      return;
    }
    check(assignments);
    // Parameters.load assigns every variable of a kind: start from the current values and replace the assigned ones.
    Map<String, ParameterSnapshot.Array> values = new LinkedHashMap<>(params.snapshot(session, Parameters.Kind.MODEL).arrays());
    for (var a : assignments.entrySet()) {
      VariableKey k = a.getKey();
      values.put(k.parameterName(), new ParameterSnapshot.Array(new long[] {k.rows(), k.cols()}, a.getValue().data().clone()));
    }
    params.load(session, new ParameterSnapshot(values), Parameters.Kind.MODEL);
  }
}
