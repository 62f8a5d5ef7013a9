package io.sae.tf.graph;

import io.sae.tf.spi.Variables;
import io.sae.tf.spi.Initializer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The variables of one graph, by name. Values never live in graph constants: each variable has a
 * placeholder-fed assign op, so initial values (drawn on the host from a seeded generator), checkpoints and
 * saved weights all go in the same way, and {@link #snapshot} reads them back.
 *
 * <p>Model parameters are trained and saved with the model; optimizer state (Adam moments) is only
 * checkpointed.
 */
public final class Parameters implements Variables {

  /** What a variable is for. */
  public enum Kind {
    /** Trained by the optimizer, part of the saved model. */
    MODEL,
    /** Optimizer state, checkpointed but not part of the model. */
    OPTIMIZER
  }

  /** One registered variable. */
  public record Entry(
      String name, long[] shape, Kind kind, Initializer init, Variable<TFloat32> variable,
      Placeholder<TFloat32> feed, Assign<TFloat32> assign) {}

  private final Ops tf;
  private final long seed;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final java.util.Set<String> fixed = new java.util.HashSet<>();

  /**
   * @param tf ops of the graph the variables live in
   * @param seed seed of initial values; each variable draws from a generator seeded by this seed and its name,
   *     so values do not depend on creation order
   */
  public Parameters(Ops tf, long seed) {
    this.tf = tf;
    this.seed = seed;
  }

  /** Creates a variable; names must be unique. */
  public Variable<TFloat32> create(String name, long[] shape, Kind kind, Initializer init) {
    if (entries.containsKey(name)) {
      throw new IllegalArgumentException("duplicate parameter name " + name);
    }
    Ops scoped = tf.withSubScope("param").withName(sanitize(name));
    Variable<TFloat32> v = scoped.variable(Shape.of(shape), TFloat32.class);
    Placeholder<TFloat32> feed =
        tf.withSubScope("param").withName(sanitize(name) + "_feed").placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
    Assign<TFloat32> assign = tf.withSubScope("param").withName(sanitize(name) + "_assign").assign(v, feed);
    entries.put(name, new Entry(name, shape.clone(), kind, init, v, feed, assign));
    return v;
  }

  /** A trainable model parameter. */
  public Variable<TFloat32> model(String name, long[] shape, Initializer init) {
    return create(name, shape, Kind.MODEL, init);
  }

  /**
   * A model parameter the optimizer leaves alone: saved and checkpointed like the others, changed only by
   * {@link #load} (e.g. centres a hook refits between epochs and a loss term reads).
   */
  public Variable<TFloat32> fixedModel(String name, long[] shape, Initializer init) {
    Variable<TFloat32> v = create(name, shape, Kind.MODEL, init);
    fixed.add(name);
    return v;
  }

  /** Whether the optimizer updates this entry: every model parameter but the {@linkplain #fixedModel fixed} ones. */
  public boolean trained(Entry e) {
    return e.kind() == Kind.MODEL && !fixed.contains(e.name());
  }

  @Override
  public Variable<TFloat32> trainable(String name, long[] shape, Initializer init) {
    return model(name, shape, init);
  }

  private static String sanitize(String name) {
    return name.replaceAll("[^A-Za-z0-9_.\\-]", "_");
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public List<Entry> entries(Kind kind) {
    return entries.values().stream().filter(e -> e.kind() == kind).toList();
  }

  /** Fresh initial values of every variable. */
  public ParameterSnapshot initialValues() {
    Map<String, ParameterSnapshot.Array> out = new LinkedHashMap<>();
    for (Entry e : entries.values()) {
      long n = 1;
      for (long d : e.shape()) {
        n *= d;
      }
      float[] values = new float[Math.toIntExact(n)];
      e.init().fill(values, e.shape(), new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ e.name().hashCode()));
      out.put(e.name(), new ParameterSnapshot.Array(e.shape(), values));
    }
    return new ParameterSnapshot(out);
  }

  /**
   * Assigns the values in {@code snapshot} to the variables of the same names. Every variable of the given
   * kinds must be present with the same shape.
   *
   * @throws IllegalArgumentException naming the first missing or mis-shaped variable
   */
  public void load(Session session, ParameterSnapshot snapshot, Kind... kinds) {
    List<Tensor> tensors = new ArrayList<>();
    try {
      Session.Runner runner = session.runner();
      for (Entry e : select(kinds)) {
        ParameterSnapshot.Array a = snapshot.arrays().get(e.name());
        if (a == null) {
          throw new IllegalArgumentException("weights have no parameter " + e.name());
        }
        if (!java.util.Arrays.equals(a.shape(), e.shape())) {
          throw new IllegalArgumentException(
              "parameter " + e.name() + " has shape " + java.util.Arrays.toString(a.shape()) + ", the graph expects "
                  + java.util.Arrays.toString(e.shape()));
        }
        TFloat32 t = TFloat32.tensorOf(Shape.of(e.shape()), DataBuffers.of(a.values(), true, false));
        tensors.add(t);
        runner.feed(e.feed(), t).addTarget(e.assign());
      }
      if (!runner.isEmpty()) {
        runner.run().close();
      }
    } finally {
      tensors.forEach(Tensor::close);
    }
  }

  /** Reads the current values of the variables of the given kinds (all kinds when none is given). */
  public ParameterSnapshot snapshot(Session session, Kind... kinds) {
    List<Entry> selected = select(kinds);
    Map<String, ParameterSnapshot.Array> out = new LinkedHashMap<>();
    if (selected.isEmpty()) {
      return new ParameterSnapshot(out);
    }
    Session.Runner runner = session.runner();
    selected.forEach(e -> runner.fetch(e.variable()));
    try (var result = runner.run()) {
      for (int i = 0; i < selected.size(); i++) {
        Entry e = selected.get(i);
        TFloat32 t = (TFloat32) result.get(i);
        float[] values = new float[Math.toIntExact(t.size())];
        t.copyTo(DataBuffers.of(values, false, false));
        out.put(e.name(), new ParameterSnapshot.Array(e.shape(), values));
      }
    }
    return new ParameterSnapshot(out);
  }

  private List<Entry> select(Kind... kinds) {
    if (kinds.length == 0) {
      return List.copyOf(entries.values());
    }
    List<Kind> wanted = List.of(kinds);
    return entries.values().stream().filter(e -> wanted.contains(e.kind())).toList();
  }
}
