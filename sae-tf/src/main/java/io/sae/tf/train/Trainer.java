package io.sae.tf.train;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.data.LabeledSplit;
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
import io.sae.api.training.TrainingListener;
import io.sae.api.training.TrainingOptions;
import io.sae.tf.graph.BatchedInference;
import io.sae.tf.graph.ModelGraph;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.graph.Parameters;
import io.sae.tf.graph.TransformBuilder;
import io.sae.tf.loss.LossBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The training loop. Each epoch: the hook refreshes the sample fields when it asks to (encoding the training
 * set first if it needs latents) and may assign the plan's extra variables, the samples are shuffled with a generator seeded by the run seed and the
 * epoch, mini-batches run one Adam step each, validation metrics are computed, the kept weights are updated
 * (last, or best by the plan's {@link EpochSelection}), a checkpoint is written, and the listeners see the epoch
 * (with an {@link EpochContext}: one of them may end training after it). A NaN or infinite loss stops training
 * with {@link TrainingDivergedException}.
 *
 * <p>Metrics: {@code loss} and each term (sample-weighted means over the epoch's batches);
 * {@code val_reconstruction_rmse} (decoder), {@code val_accuracy} and {@code val_cross_entropy} (classifier head)
 * on the validation set; {@code hook_*} from the hook.
 */
public final class Trainer {
  private final Map<String, LossBuilder> losses;
  private final Map<String, TransformBuilder> transforms;

  public Trainer(Map<String, LossBuilder> losses, Map<String, TransformBuilder> transforms) {
    this.losses = Map.copyOf(losses);
    this.transforms = Map.copyOf(transforms);
  }

  /**
   * Trains a plan.
   *
   * @param checkpoints where to write a checkpoint after every epoch (empty for none)
   * @param resume continue from the newest checkpoint in {@code checkpoints}
   */
  public TrainingOutcome train(
      TrainingPlan plan, LabeledSplit data, TrainingOptions options, Optional<CheckpointStore> checkpoints, boolean resume,
      List<TrainingListener> listeners) throws IOException {
    return train(plan, data, options, checkpoints, resume, Optional.empty(), listeners);
  }

  /**
   * Trains a plan, starting a new run from given model weights instead of fresh initial values (e.g. to continue
   * a trained model with more labels). Optimizer state starts fresh; a resumed run ignores the warm start.
   *
   * @param warmStart model weights to start from, e.g. another method's run with the same architecture and latent size;
   *     every model parameter must be present with its shape, except the plan's own
   *     {@linkplain TrainingPlan#variables() variables}, which the plan's hooks must then assign at the first refresh
   *     ({@link HookResult#assignments()}); otherwise training stops with an {@link InvalidInputException} before the first epoch
   */
  public TrainingOutcome train(
      TrainingPlan plan, LabeledSplit data, TrainingOptions options, Optional<CheckpointStore> checkpoints, boolean resume,
      Optional<ParameterSnapshot> warmStart, List<TrainingListener> listeners) throws IOException {
    Dataset train = data.train();
    if (train.dimension() != plan.architecture().inputSize()) {
      throw new InvalidInputException(
          "the architecture expects " + plan.architecture().inputSize() + " values per sample, the data has " + train.dimension());
    }
    int[] pool = samplePool(plan, train);
    try (TrainingGraph g = new TrainingGraph(plan, train.classCount(), options.seed(), options.learningRate(), losses, transforms)) {
      Parameters params = g.parameters();
      EpochSelection selection = plan.selection();
      History history = History.empty();
      int start = 0;
      ParameterSnapshot best = null;
      int bestEpoch = -1;
      double bestValue = Double.NaN;
      List<EpochHook> hooks = plan.hooks();
      Set<VariableKey> unassigned = new LinkedHashSet<>();
      if (resume) {
        CheckpointStore.Checkpoint c = checkpoints.orElseThrow(() -> new IllegalArgumentException("resume needs a checkpoint store")).load();
        params.load(g.session(), c.all());
        history = c.history();
        start = c.epochsDone();
        best = c.best().orElse(null);
        bestEpoch = c.bestEpoch();
        bestValue = c.bestValue();
        for (int i = 0; i < hooks.size(); i++) {
          hooks.get(i).restoreState(c.hookDir(i));
        }
      } else {
        ParameterSnapshot initial = params.initialValues();
        params.load(g.session(), initial);
        if (warmStart.isPresent()) {
          // the plan's own variables may be missing (a DEC run starting from an autoencoder's weights): a hook must set them
          unassigned.addAll(g.variables().missingFrom(warmStart.get()));
          try {
            params.load(g.session(), g.variables().complete(warmStart.get(), initial), Parameters.Kind.MODEL);
          } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the starting weights do not fit this architecture: " + e.getMessage(), e);
          }
        }
      }
      for (TrainingListener l : listeners) {
        l.onTrainBegin(start, options.epochs(), pool.length);
      }
      Map<String, FloatMatrix> fields = Map.of();
      List<Map<String, FloatMatrix>> hookFields = new java.util.ArrayList<>(java.util.Collections.nCopies(hooks.size(), Map.of()));
      String stopReason = "";
      for (int epoch = start; epoch < options.epochs(); epoch++) {
        for (TrainingListener l : listeners) {
          l.onEpochBegin(epoch);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        double hookSeconds = 0;
        boolean refreshed = false;
        Map<VariableKey, FloatMatrix> variables = g.variables().read(g.session());
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
              : encode(g, rows.length == train.size() ? train : train.subset("hook", rows));
          HookResult r = hook.refresh(new EpochState(epoch, train, latents, rows, refreshSeed, variables));
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
        g.variables().assign(g.session(), assignments);
        unassigned.removeAll(assignments.keySet());
        if (!unassigned.isEmpty()) {
          throw new InvalidInputException("the starting weights have no values for the plan variable(s) " + unassigned
              + ", and no epoch hook of the plan assigned them before the first epoch; start from a run that has them"
              + " (e.g. of the same method) or from weights the method's hook completes");
        }
        long t1 = System.nanoTime();
        runEpoch(g, plan, train, pool, fields, options, epoch, values, listeners);
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        values.putAll(validate(g, data.validation()));

        if (!selection.isLast()) {
          Double v = values.get(selection.metric());
          if (v == null) {
            throw new IllegalStateException("epoch selection metric " + selection.metric() + " is not computed (have " + values.keySet() + ")");
          }
          if (bestEpoch < 0 || (selection.maximize() ? v > bestValue : v < bestValue)) {
            best = params.snapshot(g.session(), Parameters.Kind.MODEL);
            bestEpoch = epoch;
            bestValue = v;
          }
        }
        EpochMetrics m = new EpochMetrics(epoch, values, trainSeconds, hookSeconds, pool.length);
        history = history.plus(m);
        if (checkpoints.isPresent()) {
          checkpoints.get().save(epoch + 1, history, params.snapshot(g.session()), best, bestEpoch, bestValue, hooks);
        }
        Context context = new Context(g, history);
        for (TrainingListener l : listeners) {
          l.onEpochEnd(m, context);
        }
        if (context.stopReason != null) {
          // a stop requested after the last planned epoch cut nothing short
          stopReason = epoch + 1 < options.epochs() ? context.stopReason : "";
          break;
        }
      }
      for (TrainingListener l : listeners) {
        l.onTrainEnd(history);
      }
      if (selection.isLast() || best == null) {
        int last = history.isEmpty() ? -1 : history.last().epoch();
        return new TrainingOutcome(history, last, params.snapshot(g.session(), Parameters.Kind.MODEL), stopReason);
      }
      return new TrainingOutcome(history, bestEpoch, best, stopReason);
    }
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

  /** Each plan field from the one hook that fills it, checked for its shape. */
  private static Map<String, FloatMatrix> checkFields(TrainingPlan plan, List<Map<String, FloatMatrix>> byHook, int n) {
    Map<String, FloatMatrix> out = new HashMap<>();
    for (SampleField f : plan.sampleFields()) {
      FloatMatrix m = null;
      int from = -1;
      for (int i = 0; i < byHook.size(); i++) {
        FloatMatrix v = byHook.get(i).get(f.name());
        if (v != null && m != null) {
          throw new IllegalStateException("sample field " + f.name() + " is filled by two epoch hooks (numbers " + from + " and " + i + ")");
        }
        if (v != null) {
          m = v;
          from = i;
        }
      }
      if (m == null) {
        throw new IllegalStateException("the epoch hook returned no values for sample field " + f.name());
      }
      if (m.rows() != n || m.cols() != f.width()) {
        throw new IllegalStateException(
            "sample field " + f.name() + " must be " + n + "x" + f.width() + ", the hook returned " + m.rows() + "x" + m.cols());
      }
      out.put(f.name(), m);
    }
    return out;
  }

  private static void runEpoch(
      TrainingGraph g, TrainingPlan plan, Dataset train, int[] pool, Map<String, FloatMatrix> fields, TrainingOptions options,
      int epoch, Map<String, Double> values, List<TrainingListener> listeners) {
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
          out = feeder.step(current);
        }
        int n = Math.min(batch, order.length - from);
        if (!Float.isFinite(out[0])) {
          throw new TrainingDivergedException(String.format(
              "training diverged: the loss became %s in epoch %d after %d samples; the last finished epoch's checkpoint is kept "
                  + "(try a smaller --learning-rate)", out[0], epoch + 1, done));
        }
        for (int i = 0; i < out.length; i++) {
          sums[i] += (double) out[i] * n;
        }
        done += n;
        for (TrainingListener l : listeners) {
          l.onBatchEnd(epoch, done, out[0]);
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
   * The validation metrics every epoch of {@code plan} on {@code data} will report (the same conditions as the
   * validation step below): {@code val_reconstruction_rmse} with a decoder, {@code val_accuracy} and
   * {@code val_cross_entropy} with a classifier head and labelled validation samples; none without validation samples.
   */
  public static java.util.Set<String> validationMetrics(TrainingPlan plan, LabeledSplit data) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    Dataset validation = data.validation();
    if (validation.size() == 0) {
      return out;
    }
    if (plan.architecture().decoder()) {
      out.add("val_reconstruction_rmse");
    }
    if (plan.architecture().classifierHead().isPresent() && java.util.Arrays.stream(validation.labels()).anyMatch(y -> y != Dataset.UNLABELED)) {
      out.add("val_accuracy");
      out.add("val_cross_entropy");
    }
    return out;
  }

  private static Map<String, Double> validate(TrainingGraph g, Dataset validation) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (validation.size() == 0) {
      return out;
    }
    FloatMatrix x = validation.features();
    var model = g.model();
    if (model.meanReconstruction().isPresent()) {
      FloatMatrix xHat = infer(g, validation, model.meanReconstruction().get(), x.cols());
      double sq = 0;
      for (int i = 0; i < x.data().length; i++) {
        double d = xHat.data()[i] - x.data()[i];
        sq += d * d;
      }
      out.put("val_reconstruction_rmse", Math.sqrt(sq / x.data().length));
    }
    if (model.probabilities().isPresent()) {
      int k = model.spec().classifierHead().orElseThrow().classes();
      FloatMatrix p = BatchedInference.run(g.session(), model.input(), model.probabilities().get(), x, k);
      int correct = 0;
      int labelled = 0;
      double ce = 0;
      for (int i = 0; i < p.rows(); i++) {
        int y = validation.label(i);
        if (y == Dataset.UNLABELED) {
          continue;
        }
        labelled++;
        int arg = 0;
        for (int c = 1; c < k; c++) {
          if (p.get(i, c) > p.get(i, arg)) {
            arg = c;
          }
        }
        correct += arg == y ? 1 : 0;
        ce -= Math.log(Math.max(p.get(i, y), 1e-12));
      }
      if (labelled > 0) {
        out.put("val_accuracy", correct / (double) labelled);
        out.put("val_cross_entropy", ce / labelled);
      }
    }
    return out;
  }

  /** What a callback sees at an epoch's end; a stop it requests ends the loop after this epoch. */
  private static final class Context implements EpochContext {
    private final TrainingGraph graph;
    private final History history;
    private String stopReason;

    Context(TrainingGraph graph, History history) {
      this.graph = graph;
      this.history = history;
    }

    @Override
    public History history() {
      return history;
    }

    @Override
    public FloatMatrix encode(FloatMatrix x) {
      var model = graph.model();
      if (model.condition().isPresent()) {
        throw new IllegalStateException("this model is label-conditioned: encoding during training needs each sample's label");
      }
      if (x.cols() != model.spec().inputSize()) {
        throw new IllegalArgumentException("the model takes " + model.spec().inputSize() + " values per sample, got " + x.cols());
      }
      return BatchedInference.run(graph.session(), model.input(), model.latentMean(), x, model.spec().latentDim());
    }

    @Override
    public void requestStop(String reason) {
      if (stopReason == null) {
        stopReason = reason;
      }
    }
  }

  private static FloatMatrix encode(TrainingGraph g, Dataset samples) {
    return infer(g, samples, g.model().latentMean(), g.model().spec().latentDim());
  }

  /** {@code output} for every sample, with its one-hot label fed as the condition of label-conditioned models. */
  private static FloatMatrix infer(TrainingGraph g, Dataset samples, Operand<TFloat32> output, int cols) {
    var model = g.model();
    if (model.condition().isEmpty()) {
      return BatchedInference.run(g.session(), model.input(), output, samples.features(), cols);
    }
    FloatMatrix c = ModelGraph.conditionRows(samples.labels(), model.spec().conditionalClasses());
    return BatchedInference.run(g.session(), List.of(model.input(), model.condition().get()), List.of(samples.features(), c), output, cols);
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
