package io.sae.tf.loss;

import io.sae.api.InvalidInputException;
import io.sae.api.method.LossTerm;
import io.sae.api.method.VariableKey;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.Parameters;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** What a {@link LossBuilder} can use: the model's endpoints and the per-batch inputs. */
public interface LossContext {

  Ops tf();

  /** The model graph (input, latent, reconstruction, logits, variational endpoints). */
  ModelGraph model();

  /** Labels as one-hot rows [batch, classes]; all-zero rows for unlabelled samples. */
  Operand<TFloat32> labelOneHot();

  /** 1 for labelled samples, 0 for unlabelled ones [batch]. */
  Operand<TFloat32> labelMask();

  /**
   * A declared sample field's batch rows [batch, width].
   *
   * @throws InvalidInputException when the plan declares no such field
   */
  Operand<TFloat32> field(String name);

  /**
   * A constant of {@code term} as a graph constant of its matrix shape.
   *
   * @throws InvalidInputException when the term has no such constant
   */
  Operand<TFloat32> constant(LossTerm term, String name);

  /** Where a loss that learns something (e.g. class centres) creates its variables. */
  Parameters parameters();

  /**
   * A variable the plan declares ({@link io.sae.api.method.TrainingPlan.Builder#variable}), e.g. cluster centres
   * that a hook initialises: a trainable [rows, cols] model parameter.
   *
   * @throws InvalidInputException when the plan does not declare this key (same name and shape)
   */
  Operand<TFloat32> variable(VariableKey key);

  /**
   * The reconstruction target a term names in parameter {@code target}: the input (default, or {@code input})
   * or a sample field.
   */
  default Operand<TFloat32> reconstructionTarget(LossTerm term) {
    String target = term.params().getOrDefault("target", "input");
    return target.equals("input") ? model().input() : field(target);
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
