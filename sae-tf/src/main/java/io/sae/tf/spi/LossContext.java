package io.sae.tf.spi;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import io.sae.api.method.SampleField;
import io.sae.api.method.VariableKey;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** What a {@link LossBuilder} can use: the model's endpoints and the per-batch inputs. */
public interface LossContext {

  Ops tf();

  /** The model's endpoints (input, latent, reconstruction, logits, variational endpoints). */
  ModelEndpoints model();

  /** Labels as one-hot rows [batch, classes]; all-zero rows for unlabelled samples. */
  Operand<TFloat32> labelOneHot();

  /** 1 for labelled samples, 0 for unlabelled ones [batch]. */
  Operand<TFloat32> labelMask();

  /**
   * A declared sample field's batch rows [batch, width].
   *
   * @throws InvalidInputException when the plan declares no such field
   */
  Operand<TFloat32> field(SampleField field);

  /**
   * The batch rows of the field {@code term} reads in {@code role} (see {@link LossTerm#withField}).
   *
   * @throws InvalidInputException when the term names no field for that role
   */
  default Operand<TFloat32> field(LossTerm term, String role) {
    SampleField f = term.fields().get(role);
    if (f == null) {
      throw new InvalidInputException("loss term " + term.metricName() + " needs a sample field as '" + role + "' (it has "
          + term.fields().keySet() + ")");
    }
    return field(f);
  }

  /**
   * A constant of {@code term} as a graph constant of its matrix shape.
   *
   * @throws InvalidInputException when the term has no such constant
   */
  Operand<TFloat32> constant(LossTerm term, String name);

  /** Where a loss that learns something (e.g. class centres) creates its variables. */
  Variables variables();

  /**
   * A variable the plan declares ({@link io.sae.api.method.TrainingPlan.Builder#variable}), e.g. cluster centres
   * that a hook initialises: a [rows, cols] model parameter, trained by the optimizer unless the key is
   * {@linkplain VariableKey#fixed fixed}.
   *
   * @throws InvalidInputException when the plan does not declare this key (same name, shape and kind)
   */
  Operand<TFloat32> variable(VariableKey key);

  /** The reconstruction target of a term: the sample field it reads as {@code target}, else the input. */
  default Operand<TFloat32> reconstructionTarget(LossTerm term) {
    SampleField target = term.fields().get("target");
    return target == null ? model().input() : field(target);
  }

  /** A required string parameter of a term. */
  default String requireParam(LossTerm term, String name) {
    String v = term.params().get(name);
    if (v == null) {
      throw new InvalidInputException("loss term " + term.kind() + " needs parameter '" + name + "'");
    }
    return v;
  }
}
