package io.sae.tf.train;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabeledSplit;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.SampleField;
import io.sae.api.method.TrainingPlan;
import io.sae.api.method.VariableKey;
import io.sae.api.training.EpochContext;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import io.sae.tf.device.Compute;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.spi.LossBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The training loop. Each epoch: the refresh of each of the plan's hooks that asks for one (encoding the training
 * rows it names first; a hook may also assign the plan's extra variables), a shuffle of the samples with a generator
 * seeded by the run seed and the epoch, and one Adam step per mini-batch. The first step of each call is traced, to
 * report where its ops ran ({@link TrainingCallback#onPlacement}) and to refuse a GPU run that ran on no GPU. Everything else is a {@link TrainingCallback} the trainer composes, called in this order at
 * each point of the loop:
 *
 * <ol>
 *   <li>{@link StopOnNaN}: a NaN or infinite mini-batch loss stops training with {@link TrainingDivergedException};
 *   <li>{@link ValidationMetrics}: adds the {@code val_*} metrics to the epoch's metrics, before they are fixed;
 *   <li>{@link KeptWeights}: the kept epoch, last or best by the plan's {@link EpochSelection}, with its snapshot;
 *   <li>{@link Checkpointing} (with a checkpoint store): writes the checkpoint after the epoch;
 *   <li>the request's listeners, in order, each with an {@link EpochContext} (history, encoding with the current
 *       weights, the kept epoch, and a stop request that ends training after this epoch).
 * </ol>
 *
 * <p>Metrics: {@code loss} and each term (sample-weighted means over the epoch's batches);
 * {@code val_reconstruction_rmse} (decoder), {@code val_accuracy} and {@code val_cross_entropy} (classifier head)
 * on the validation set; {@code hook_*} from the hooks.
 */
public final class Trainer {
  private final Map<String, LossBuilder> losses;
  private final Map<String, TransformBuilder> transforms;
  private final Compute compute;

  /** A trainer computing in float32 on the CPU ({@link Compute#DEFAULT}). */
  public Trainer(Map<String, LossBuilder> losses, Map<String, TransformBuilder> transforms) {
    this(losses, transforms, Compute.DEFAULT);
  }

  /** A trainer whose graphs compute on the device and in the precision of {@code compute}. */
  public Trainer(Map<String, LossBuilder> losses, Map<String, TransformBuilder> transforms, Compute compute) {
    this.losses = Map.copyOf(losses);
    this.transforms = Map.copyOf(transforms);
    this.compute = compute;
  }

  /**
   * Trains a plan as the request says: a new run (from fresh initial values, or the request's warm start) or
   * one resumed from its newest checkpoint.
   *
   * @throws InvalidInputException when the data or the warm start does not fit the plan's architecture
   * @throws TrainingDivergedException when the loss becomes NaN or infinite
   * @throws IOException when a checkpoint cannot be read or written
   */
  public TrainingOutcome train(TrainRequest request) throws IOException {
    TrainingPlan plan = request.plan();
    LabeledSplit data = request.data();
    TrainingOptions options = request.options();
    Dataset train = data.train();
    if (train.dimension() != plan.architecture().inputSize()) {
      throw new InvalidInputException(
          "the architecture expects " + plan.architecture().inputSize() + " values per sample, the data has " + train.dimension());
    }
    int[] pool = samplePool(plan, train);
    try (TrainingGraph g = new TrainingGraph(plan, train.classCount(), options.seed(), options.learningRate(), losses, transforms, compute)) {
      Parameters params = g.parameters();
      Supplier<ParameterSnapshot> modelWeights = () -> params.snapshot(g.session(), Parameters.Kind.MODEL);
      History history = History.empty();
      int start = 0;
      KeptWeights kept;
      List<EpochHook> hooks = plan.hooks();
      Set<VariableKey> unassigned = new LinkedHashSet<>();
      if (request.resume()) {
        CheckpointStore.Checkpoint c = request.checkpoints().orElseThrow().load();
        try {
          params.load(g.session(), c.all());
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(request.checkpoints().orElseThrow().directory() + ": the checkpoint does not fit the run's graph: " + e.getMessage(), e);
        }
        history = c.history();
        start = c.epochsDone();
        kept = new KeptWeights(plan.selection(), modelWeights, c.best().orElse(null), c.bestEpoch(), c.bestValue());
        for (int i = 0; i < hooks.size(); i++) {
          hooks.get(i).restoreState(c.hookDir(i));
        }
      } else {
        ParameterSnapshot initial = params.initialValues();
        params.load(g.session(), initial);
        if (request.warmStart().isPresent()) {
          // the plan's own variables may be missing (a DEC run starting from an autoencoder's weights): a hook must set them
          unassigned.addAll(g.planVariables().missingFrom(request.warmStart().get()));
          try {
            params.load(g.session(), g.planVariables().complete(request.warmStart().get(), initial), Parameters.Kind.MODEL);
          } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the starting weights do not fit this architecture: " + e.getMessage(), e);
          }
        }
        kept = new KeptWeights(plan.selection(), modelWeights);
      }
      List<TrainingCallback> callbacks = callbacks(request, g, kept);
      for (TrainingCallback c : callbacks) {
        c.onTrainBegin(start, options.epochs(), pool.length);
      }
      Map<String, FloatMatrix> fields = Map.of();
      List<Map<String, FloatMatrix>> hookFields = new java.util.ArrayList<>(java.util.Collections.nCopies(hooks.size(), Map.of()));
      String stopReason = "";
      for (int epoch = start; epoch < options.epochs(); epoch++) {
        for (TrainingCallback c : callbacks) {
          c.onEpochBegin(epoch);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        double hookSeconds = 0;
        boolean refreshed = false;
        Map<VariableKey, FloatMatrix> variables = null; // read once, and only in an epoch whose hooks refresh
        Map<VariableKey, FloatMatrix> assignments = new LinkedHashMap<>();
        for (int i = 0; i < hooks.size(); i++) {
          EpochHook hook = hooks.get(i);
          if (epoch != start && !hook.refreshBefore(epoch)) {
            continue;
          }
          long t0 = System.nanoTime();
          long refreshSeed = mix(options.seed(), epoch, 0x5EED + i); // the first hook's seed is the one a single hook always had
          int[] rows = checkedRows(hook.latentRows(train, refreshSeed), train.size());
          FloatMatrix latents = rows.length == 0 ? FloatMatrix.zeros(0, plan.architecture().latentDim())
              : rows.length == train.size() ? GraphInference.encode(g, train) // checkedRows: all rows, in order
              : GraphInference.encode(g, train, rows); // gathered batch by batch, no copy of the rows' features
          if (variables == null) {
            variables = g.planVariables().read(g.session());
          }
          HookResult r = hook.refresh(new EpochState(epoch, train, latents, rows, refreshSeed, variables));
          requireDeclaredFields(hook, r);
          hookFields.set(i, r.fields());
          for (var a : r.assignments().entrySet()) {
            if (assignments.put(a.getKey(), a.getValue()) != null) {
              throw new IllegalStateException("two epoch hooks of the plan assign the variable " + a.getKey());
            }
          }
          for (var metric : r.metrics().entrySet()) {
            if (values.put("hook_" + metric.getKey(), metric.getValue()) != null) {
              throw new IllegalStateException("two epoch hooks of the plan report the metric " + metric.getKey());
            }
          }
          hookSeconds += (System.nanoTime() - t0) / 1e9;
          refreshed = true;
        }
        if (refreshed) {
          fields = checkFields(plan, hookFields, train.size());
        }
        g.planVariables().assign(g.session(), assignments);
        unassigned.removeAll(assignments.keySet());
        if (!unassigned.isEmpty()) {
          throw new InvalidInputException("the starting weights have no values for the plan variable(s) " + unassigned
              + ", and no epoch hook of the plan assigned them before the first epoch; start from a run that has them"
              + " (e.g. of the same method) or from weights the method's hook completes");
        }
        long t1 = System.nanoTime();
        runEpoch(g, plan, train, pool, fields, options, epoch, epoch == start, values, callbacks);
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        for (TrainingCallback c : callbacks) {
          c.onEpochMetrics(epoch, values);
        }
        EpochMetrics m = new EpochMetrics(epoch, values, trainSeconds, hookSeconds, pool.length);
        history = history.plus(m);
        LoopContext context = new LoopContext(g, history, kept::epoch);
        for (TrainingCallback c : callbacks) {
          c.onEpochEnd(m, context);
        }
        if (context.stopReason() != null) {
          // a stop requested after the last planned epoch cut nothing short
          stopReason = epoch + 1 < options.epochs() ? context.stopReason() : "";
          break;
        }
      }
      for (TrainingCallback c : callbacks) {
        c.onTrainEnd(history);
      }
      return kept.outcome(history, stopReason);
    }
  }

  /**
   * The loop's callbacks in the order they run: the built-in steps, each before those that depend on it (no
   * listener sees a diverged batch; the kept weights read the validation metrics; the checkpoint stores the kept
   * weights; listeners may read the checkpoint), then the request's listeners.
   */
  private static List<TrainingCallback> callbacks(TrainRequest request, TrainingGraph g, KeptWeights kept) {
    List<TrainingCallback> out = new java.util.ArrayList<>();
    out.add(new StopOnNaN());
    out.add(new ValidationMetrics(g, request.data().validation(), request.data().train(), request.plan().selection().metric()));
    out.add(kept);
    request.checkpoints().ifPresent(store ->
        out.add(new Checkpointing(store, () -> g.parameters().snapshot(g.session()), kept, request.plan().hooks())));
    request.listeners().forEach(l -> out.add(new ListenerCallback(l)));
    return out;
  }

  /** The samples an epoch iterates over: all, or the labelled ones for plans that only learn from labels. */
  private static int[] samplePool(TrainingPlan plan, Dataset train) {
    if (!plan.labeledOnly()) {
      return java.util.stream.IntStream.range(0, train.size()).toArray();
    }
    int[] pool = java.util.stream.IntStream.range(0, train.size()).filter(i -> train.label(i) != Dataset.UNLABELED).toArray();
    if (pool.length == 0) {
      throw new InvalidInputException("this method trains on labelled samples only, and the training set has none");
    }
    return pool;
  }

  private static int[] checkedRows(int[] rows, int n) {
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] < 0 || rows[i] >= n || (i > 0 && rows[i] <= rows[i - 1])) {
        throw new IllegalStateException("the epoch hook asked to encode rows that are not increasing indices below " + n
            + " (row " + rows[i] + " at position " + i + ")");
      }
    }
    return rows;
  }

  /** A refresh gives values for exactly the fields its hook declares in {@link EpochHook#fills()}. */
  private static void requireDeclaredFields(EpochHook hook, HookResult r) {
    java.util.Set<String> declared = new java.util.TreeSet<>();
    hook.fills().forEach(f -> declared.add(f.name()));
    if (!declared.equals(new java.util.TreeSet<>(r.fields().keySet()))) {
      throw new IllegalStateException("epoch hook " + hook.getClass().getSimpleName() + " declares that it fills " + declared
          + " but its refresh gave " + new java.util.TreeSet<>(r.fields().keySet()));
    }
  }

  /**
   * Each plan field from the hook that fills it, checked for its shape. That every field comes from exactly one hook
   * is settled already: the plan checks the hooks' {@link EpochHook#fills()}, and each refresh is held to them.
   */
  private static Map<String, FloatMatrix> checkFields(TrainingPlan plan, List<Map<String, FloatMatrix>> byHook, int n) {
    Map<String, FloatMatrix> out = new HashMap<>();
    byHook.forEach(out::putAll);
    for (SampleField f : plan.sampleFields()) {
      FloatMatrix m = out.get(f.name());
      if (m.rows() != n || m.cols() != f.width()) {
        throw new IllegalStateException(
            "sample field " + f.name() + " must be " + n + "x" + f.width() + ", the hook returned " + m.rows() + "x" + m.cols());
      }
    }
    return out;
  }

  private void runEpoch(
      TrainingGraph g, TrainingPlan plan, Dataset train, int[] pool, Map<String, FloatMatrix> fields, TrainingOptions options,
      int epoch, boolean traceFirstStep, Map<String, Double> values, List<TrainingCallback> callbacks) {
    int[] order = pool.clone();
    shuffle(order, new SplittableRandom(mix(options.seed(), epoch, 0x5A17)));
    List<String> names = g.termNames();
    double[] sums = new double[names.size() + 1];
    int done = 0;
    BatchFeeder feeder = new BatchFeeder(g, train, fields, plan.architecture().latentDim());
    int batch = options.batchSize();
    // The next batch is built on another thread while TensorFlow runs the current step.
    ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "sae-batch-prefetch");
      t.setDaemon(true);
      return t;
    });
    Future<BatchFeeder.Batch> next = prefetch.submit(() -> feeder.prepare(order, 0, Math.min(batch, order.length), mix(options.seed(), epoch, 0)));
    try {
      for (int from = 0; from < order.length; from += batch) {
        float[] out;
        try (BatchFeeder.Batch current = await(next)) {
          int following = from + batch;
          next = following < order.length
              ? prefetch.submit(() -> feeder.prepare(order, following, Math.min(batch, order.length - following), mix(options.seed(), epoch, following)))
              : null;
          if (from == 0 && traceFirstStep) {
            // the first step of the call is traced, to report (and check) where its ops ran; same computation
            BatchFeeder.Traced traced = feeder.stepTraced(current);
            traced.placement().require(compute.device());
            for (TrainingCallback c : callbacks) {
              c.onPlacement(traced.placement());
            }
            out = traced.losses();
          } else {
            out = feeder.step(current);
          }
        }
        int n = Math.min(batch, order.length - from);
        for (int i = 0; i < out.length; i++) {
          sums[i] += (double) out[i] * n;
        }
        TrainingCallback.Batch finished = new TrainingCallback.Batch(epoch, done, n, out[0]);
        done += n;
        for (TrainingCallback c : callbacks) {
          c.onBatchEnd(finished);
        }
      }
    } finally {
      if (next != null) {
        next.cancel(false);
        try {
          next.get().close();
        } catch (Exception ignored) {
          // cancelled or failed: nothing was handed over to close
        }
      }
      prefetch.shutdownNow();
    }
    values.put("loss", sums[0] / done);
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), sums[i + 1] / done);
    }
  }

  /**
   * The validation metrics every epoch of {@code plan} on {@code data} will report ({@link ValidationMetrics}):
   * {@code val_reconstruction_rmse} with a decoder, {@code val_accuracy} and {@code val_cross_entropy} with a
   * classifier head and labelled validation samples, and {@code val_nearest_mean_accuracy} when the plan keeps its
   * epoch by it and the training and validation samples have labels; none without validation samples.
   */
  public static java.util.Set<String> validationMetrics(TrainingPlan plan, LabeledSplit data) {
    return ValidationMetrics.names(plan, data);
  }

  private static BatchFeeder.Batch await(Future<BatchFeeder.Batch> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing a batch", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  static void shuffle(int[] a, SplittableRandom r) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** A seed for one purpose of one epoch, decorrelated from the run seed (SplitMix64 finaliser). */
  static long mix(long seed, long epoch, long salt) {
    long z = seed + 0x9E3779B97F4A7C15L * (epoch + 1) + 0xBF58476D1CE4E5B9L * salt;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

}
