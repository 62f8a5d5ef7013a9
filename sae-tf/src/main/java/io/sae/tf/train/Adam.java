package io.sae.tf.train;

import io.sae.tf.spi.Initializer;
import io.sae.tf.graph.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * Adam (Kingma and Ba) on the model's own parameters, with TensorFlow's fused {@code ApplyAdam} kernel.
 * ApplyAdam applies the bias correction lr * sqrt(1 - b2^t) / (1 - b1^t) from the powers it is given; the
 * powers start at b1 and b2 (step t = 1) and are multiplied by b1 and b2 after every step, in that order.
 * Moments and powers are optimizer-state parameters, so checkpoints carry them and a resumed run continues
 * the same trajectory.
 */
final class Adam {
  static final float BETA1 = 0.9f;
  static final float BETA2 = 0.999f;
  static final float EPSILON = 1e-7f;

  private Adam() {}

  /**
   * Adds the update ops for {@code loss}.
   *
   * @return the op that performs one step
   */
  static Op minimize(Graph graph, Ops tf, Parameters params, Operand<TFloat32> loss, double learningRate) {
    // Only parameters the loss depends on get gradients (TensorFlow refuses unreachable ones); the others,
    // e.g. a decoder that a classifier-only plan does not train, keep their values.
    Set<GraphOperation> upstream = graph.subgraphTo(Set.of(loss));
    List<Parameters.Entry> trainable = params.entries(Parameters.Kind.MODEL).stream()
        .filter(params::trained)
        .filter(e -> upstream.contains((GraphOperation) e.variable().op()))
        .toList();
    if (trainable.isEmpty()) {
      throw new IllegalArgumentException("the loss depends on no trainable parameter");
    }
    Gradients grads = tf.gradients(loss, trainable.stream().map(Parameters.Entry::variable).toList());
    Variable<TFloat32> beta1Power = params.create("adam/beta1_power", new long[0], Parameters.Kind.OPTIMIZER, new Initializer.Constant(BETA1));
    Variable<TFloat32> beta2Power = params.create("adam/beta2_power", new long[0], Parameters.Kind.OPTIMIZER, new Initializer.Constant(BETA2));
    Operand<TFloat32> lr = tf.constant((float) learningRate);
    Operand<TFloat32> b1 = tf.constant(BETA1);
    Operand<TFloat32> b2 = tf.constant(BETA2);
    Operand<TFloat32> eps = tf.constant(EPSILON);
    // Variables are ref-typed: a variable's update may not start while an op of this step can still read it
    // (the forward pass, or the backward pass propagating through it), or the step would mix old and new
    // weights and differ from run to run. So each update waits for exactly the ops of this step that read
    // its variable; updates of other variables may overlap the rest of the backward pass.
    Set<Operand<?>> outputs = new java.util.HashSet<>();
    outputs.add(loss);
    for (int i = 0; i < trainable.size(); i++) {
      outputs.add(grads.dy(i));
    }
    Set<GraphOperation> step = new java.util.HashSet<>(graph.subgraphTo(outputs));
    outputs.forEach(o -> step.add((GraphOperation) o.op()));
    List<Op> updates = new ArrayList<>();
    for (int i = 0; i < trainable.size(); i++) {
      Parameters.Entry e = trainable.get(i);
      Output<TFloat32> g = grads.<TFloat32>dy(i);
      Variable<TFloat32> m = params.create("adam/m/" + e.name(), e.shape(), Parameters.Kind.OPTIMIZER, new Initializer.Constant(0f));
      Variable<TFloat32> v = params.create("adam/v/" + e.name(), e.shape(), Parameters.Kind.OPTIMIZER, new Initializer.Constant(0f));
      List<org.tensorflow.Operation> readers = ((GraphOperation) e.variable().op()).consumers().stream()
          .filter(step::contains).map(o -> (org.tensorflow.Operation) o).toList();
      Ops gated = tf.withControlDependencyOps(readers);
      updates.add(gated.train.applyAdam(e.variable(), m, v, beta1Power, beta2Power, lr, b1, b2, eps, g));
    }
    Ops after = tf.withControlDependencies(updates);
    Op p1 = after.assign(beta1Power, after.math.mul(beta1Power, b1));
    Op p2 = after.assign(beta2Power, after.math.mul(beta2Power, b2));
    return tf.withControlDependencies(List.of(p1, p2)).withName("train_step").noOp();
  }
}
