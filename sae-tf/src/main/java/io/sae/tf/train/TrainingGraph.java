package io.sae.tf.train;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LossTerm;
import io.sae.api.method.SampleField;
import io.sae.api.method.TrainingPlan;
import io.sae.api.method.VariableKey;
import io.sae.tf.device.Compute;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.Parameters;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.LossContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * One training graph and its session: the model, the plan's extra variables, the per-batch inputs (labels, sample
 * fields, noise), every loss term through its registered builder, their weighted sum and an Adam step; its ops on
 * the device, and its session in the precision, of the {@link Compute} settings.
 */
final class TrainingGraph implements LossContext, AutoCloseable {
  private final Graph graph = new Graph();
  private final Ops tf;
  private final Parameters params;
  private final ModelGraph model;
  private final PlanVariables planVariables;
  private final Placeholder<TInt32> labels;
  private final Operand<TFloat32> labelOneHot;
  private final Operand<TFloat32> labelMask;
  private final Map<String, Placeholder<TFloat32>> fields = new LinkedHashMap<>();
  private final Map<String, Integer> fieldWidths = new LinkedHashMap<>();
  private final List<String> termNames = new ArrayList<>();
  private final List<Operand<TFloat32>> termValues = new ArrayList<>();
  private final Operand<TFloat32> loss;
  private final Op step;
  private final Session session;

  TrainingGraph(
      TrainingPlan plan, int classes, long seed, double learningRate, Map<String, LossBuilder> losses,
      Map<String, TransformBuilder> transforms, Compute compute) {
    tf = compute.place(Ops.create(graph));
    try {
      params = new Parameters(tf, seed);
      model = new ModelGraph(tf, plan.architecture(), params, transforms);
      planVariables = new PlanVariables(params, plan.variables());
      labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
      labelOneHot = tf.oneHot(labels, tf.constant(Math.max(classes, 1)), tf.constant(1f), tf.constant(0f));
      labelMask = tf.dtypes.cast(tf.math.greaterEqual(labels, tf.constant(0)), TFloat32.class);
      for (SampleField f : plan.sampleFields()) {
        fields.put(f.name(), tf.withName("field_" + f.name().replaceAll("[^A-Za-z0-9_]", "_"))
            .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, f.width()))));
        fieldWidths.put(f.name(), f.width());
      }
      Operand<TFloat32> total = null;
      for (LossTerm term : plan.losses()) {
        LossBuilder builder = losses.get(term.kind());
        if (builder == null) {
          throw new InvalidInputException(
              "unknown loss term '" + term.kind() + "' (registered: " + String.join(", ", new java.util.TreeSet<>(losses.keySet())) + ")");
        }
        if (termNames.contains(term.metricName())) {
          throw new IllegalArgumentException("two loss terms are named " + term.metricName() + "; give one a 'name' parameter");
        }
        Operand<TFloat32> value = builder.build(term, this);
        termNames.add(term.metricName());
        termValues.add(value);
        Operand<TFloat32> weighted = tf.math.mul(value, tf.constant((float) term.weight()));
        total = total == null ? weighted : tf.math.add(total, weighted);
      }
      loss = tf.withName("loss").identity(total);
      step = Adam.minimize(graph, tf, params, loss, learningRate);
      session = new Session(graph, compute.sessionConfig());
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  @Override
  public Ops tf() {
    return tf;
  }

  @Override
  public ModelGraph model() {
    return model;
  }

  @Override
  public Operand<TFloat32> labelOneHot() {
    return labelOneHot;
  }

  @Override
  public Operand<TFloat32> labelMask() {
    return labelMask;
  }

  @Override
  public Operand<TFloat32> field(SampleField field) {
    String name = field.name();
    Placeholder<TFloat32> p = fields.get(name);
    if (p == null) {
      throw new InvalidInputException("a loss term uses sample field '" + name + "', but the plan declares " + fields.keySet());
    }
    return p;
  }

  @Override
  public Operand<TFloat32> constant(LossTerm term, String name) {
    FloatMatrix m = term.constants().get(name);
    if (m == null) {
      throw new InvalidInputException("loss term " + term.kind() + " needs constant '" + name + "'");
    }
    return tf.constant(Shape.of(m.rows(), m.cols()), org.tensorflow.ndarray.buffer.DataBuffers.of(m.data(), true, false));
  }

  /** Every variable of the graph, model and optimizer ones (the engine side of {@link #variables()}). */
  Parameters parameters() {
    return params;
  }

  @Override
  public io.sae.tf.spi.Variables variables() {
    return params;
  }

  @Override
  public Operand<TFloat32> variable(VariableKey key) {
    return planVariables.get(key);
  }

  /** The plan's extra variables (the engine side: read, assign, complete a warm start). */
  PlanVariables planVariables() {
    return planVariables;
  }

  Session session() {
    return session;
  }

  Placeholder<TInt32> labels() {
    return labels;
  }

  Map<String, Placeholder<TFloat32>> fields() {
    return fields;
  }

  int fieldWidth(String name) {
    return fieldWidths.get(name);
  }

  List<String> termNames() {
    return termNames;
  }

  List<Operand<TFloat32>> termValues() {
    return termValues;
  }

  Operand<TFloat32> loss() {
    return loss;
  }

  Op step() {
    return step;
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }
}
