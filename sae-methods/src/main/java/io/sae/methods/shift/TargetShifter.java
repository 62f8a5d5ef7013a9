package io.sae.methods.shift;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.geometry.KMeans;
import io.sae.data.io.AtomicFiles;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.SampleField;
import io.sae.api.method.LatentScope;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The host side of paper 002's Algorithms 1 and 2, as stages of E epochs: stage 0 trains a plain autoencoder
 * (the targets are the inputs themselves; E0 epochs when {@code first-stage-epochs} is set); before each later stage s = 1 .. T-1 the hook groups the samples
 * (k-means on the current latents for ccae-*, seeded k-means++ the first time and warm-started from the
 * previous centres after that; the visible classes for dae-*), finds neighbours where the variant needs them,
 * and shifts the current targets once ({@link TargetShift}). Targets accumulate over stages: X~(s) is
 * computed from X~(s-1), not from the inputs.
 *
 * <p>Departure from Algorithm 2: the paper shifts dae targets before the first training; here dae-* also
 * start with a plain stage, so every variant and its alpha = beta = 0 control share one schedule.
 *
 * <p>State (stage reached, k-means centres, and each stage's groups and neighbour lists) is saved with every
 * checkpoint; a resumed run replays the shifts from the inputs and so continues with the same targets. Metrics per refresh: {@code stage}; on a shift also {@code target_shift_rms}
 * (root mean square change of the targets per value), the host time of its parts ({@code grouping_seconds}:
 * k-means or class lookup, {@code neighbour_seconds}, {@code shift_seconds}), and for ccae-*
 * {@code kmeans_iterations}, {@code kmeans_inertia} (mean squared distance to the centre) and
 * {@code smallest_cluster}.
 */
final class TargetShifter implements EpochHook {
  static final String TARGET = "shifted_target";
  private static final String STATE = "shift-state.properties";
  private static final String CENTRES = "kmeans-centres.npy";

  private final SampleField targetField;
  private final ShiftVariant variant;
  private final ShiftOptions options;
  private final int clusters;
  private final long seed;

  private int stage; // the stage whose targets are current
  // no refresh has run and no state was restored: the coming refresh is a fresh run's first, before epoch 0
  private boolean freshStart = true;
  private FloatMatrix centres; // k-means centres of the last shift (ccae), or null
  private FloatMatrix targets; // current targets, or null while they are the inputs (or not yet replayed)
  // Each stage's groups and neighbour lists. The targets (N x D floats, 188 MB for MNIST) are not saved with
  // every checkpoint: a resumed run replays the shifts from the inputs, which gives the same floats.
  private final List<TargetShift.Structure> history = new ArrayList<>();

  /**
   * @param clusters k of k-means (ccae-*); ignored by dae-*
   * @param seed seed of the first k-means++ seeding (the run seed)
   */
  /** The shifted reconstruction target of samples {@code inputSize} wide. */
  static SampleField target(int inputSize) {
    return new SampleField(TARGET, inputSize);
  }

  TargetShifter(SampleField target, ShiftVariant variant, ShiftOptions options, int clusters, long seed) {
    this.targetField = target;
    this.variant = variant;
    this.options = options;
    this.clusters = clusters;
    this.seed = seed;
  }

  @Override
  public boolean refreshBefore(int epoch) {
    return epoch == options.stageStart(options.stageAt(epoch)) && epoch < options.totalEpochs();
  }

  @Override
  public LatentScope latentScope() {
    return LatentScope.ALL;
  }

  /**
   * Every row, except when no latent would be read: at the first refresh of a fresh run (before epoch 0, in stage
   * 0, which trains on the inputs themselves), and always for a variant that groups by class and needs neither
   * neighbours nor the nearest rival centre (dae-1; dae-2 with {@code rival-centre=others} or beta 0). Encoding
   * the training set takes about a sixth of a dense epoch on MNIST.
   */
  @Override
  public int[] latentRows(Dataset train, long seed) {
    return freshStart || !readsLatents() ? new int[0] : EpochHook.super.latentRows(train, seed);
  }

  /** Whether a shift reads the latents: k-means, a neighbour search or the nearest rival centre. */
  boolean readsLatents() {
    boolean neighbours = variant.attract() == ShiftVariant.Attract.NEIGHBOURS && options.alpha() > 0
        || variant.repel() == ShiftVariant.Repel.NEIGHBOURS && options.beta() > 0;
    boolean nearestRival = variant.repel() == ShiftVariant.Repel.CENTRE && options.beta() > 0 && !options.rivalCentre().equals("others");
    return !variant.supervised() || neighbours || nearestRival;
  }

  @Override
  public List<SampleField> fills() {
    return List.of(targetField);
  }

  @Override
  public HookResult refresh(EpochState state) {
    Dataset train = state.train();
    // epochs beyond the schedule keep training on the last stage's targets
    int wanted = options.stageAt(state.epoch());
    Map<String, Double> metrics = new LinkedHashMap<>();
    if (targets == null && !history.isEmpty()) { // resumed: rebuild the current targets
      FloatMatrix t = train.features();
      for (TargetShift.Structure s : history) {
        t = TargetShift.apply(t, s, options.alpha(), options.beta());
      }
      targets = t;
    }
    boolean fresh = freshStart;
    freshStart = false;
    if (wanted == stage + 1) {
      if (fresh) {
        throw new IllegalStateException("the target shifter's first refresh of a fresh run must be in stage 0, was asked for stage "
            + wanted + " (epoch " + state.epoch() + ")");
      }
      shift(train, state.latents(), metrics);
      stage = wanted;
    } else if (wanted != stage) {
      throw new IllegalStateException("the target shifter is at stage " + stage + " and was asked for stage " + wanted
          + " (epoch " + state.epoch() + "); stages must be reached one at a time");
    }
    metrics.put("stage", (double) stage);
    return HookResult.builder().put(targetField, targets == null ? train.features() : targets).metrics(metrics).build();
  }

  private void shift(Dataset train, FloatMatrix latents, Map<String, Double> metrics) {
    long t0 = System.nanoTime();
    int[] group;
    int groups;
    if (variant.supervised()) {
      group = train.labels(); // hidden labels are -1: those samples keep their targets
      groups = train.classCount();
    } else {
      KMeans.Result km = centres == null
          ? KMeans.fit(latents, clusters, options.kmeansIterations(), seed)
          : KMeans.fitFrom(latents, centres, options.kmeansIterations());
      centres = km.centres();
      group = km.assignment();
      groups = clusters;
      metrics.put("kmeans_iterations", (double) km.iterations());
      metrics.put("kmeans_inertia", km.inertia() / latents.rows());
      metrics.put("smallest_cluster", (double) java.util.Arrays.stream(km.sizes()).min().orElse(0));
    }
    long t1 = System.nanoTime();
    GroupNeighbours.Lists attract = variant.attract() == ShiftVariant.Attract.NEIGHBOURS && options.alpha() > 0
        ? GroupNeighbours.sameGroup(latents, group, groups, options.neighbours()) : null;
    boolean repelling = options.beta() > 0;
    GroupNeighbours.Lists repel = variant.repel() == ShiftVariant.Repel.NEIGHBOURS && repelling
        ? GroupNeighbours.otherGroups(latents, group, groups, options.rivals()) : null;
    boolean centreRepel = variant.repel() == ShiftVariant.Repel.CENTRE && repelling;
    boolean others = centreRepel && options.rivalCentre().equals("others");
    int[] rival = centreRepel && !others ? TargetShift.nearestRivalGroup(latents, group, groups) : null;
    long t2 = System.nanoTime();
    FloatMatrix before = targets == null ? train.features() : targets;
    TargetShift.Structure structure = new TargetShift.Structure(group, groups, attract, rival, others, repel);
    FloatMatrix after = TargetShift.apply(before, structure, options.alpha(), options.beta());
    history.add(structure);
    metrics.put("target_shift_rms", rms(before, after));
    metrics.put("grouping_seconds", (t1 - t0) / 1e9);
    metrics.put("neighbour_seconds", (t2 - t1) / 1e9);
    metrics.put("shift_seconds", (System.nanoTime() - t2) / 1e9);
    targets = after;
  }

  private static double rms(FloatMatrix a, FloatMatrix b) {
    double s = 0;
    float[] x = a.data();
    float[] y = b.data();
    for (int i = 0; i < x.length; i++) {
      double d = y[i] - x[i];
      s += d * d;
    }
    return x.length == 0 ? 0 : Math.sqrt(s / x.length);
  }

  @Override
  public void saveState(Path dir) throws IOException {
    Properties p = new Properties();
    p.setProperty("variant", variant.id());
    p.setProperty("stage", String.valueOf(stage));
    p.setProperty("centres", String.valueOf(centres != null));
    StringWriter w = new StringWriter();
    p.store(w, "target shifter state (paper 002)");
    AtomicFiles.write(dir.resolve(STATE), w.toString().getBytes(StandardCharsets.UTF_8));
    if (centres != null) {
      NpyWriter.writeMatrix(dir.resolve(CENTRES), centres);
    }
    for (int s = 0; s < history.size(); s++) {
      StructureFiles.write(dir, s + 1, history.get(s));
    }
  }

  @Override
  public void restoreState(Path dir) throws IOException {
    Path file = dir.resolve(STATE);
    if (!Files.isRegularFile(file)) {
      throw new IOException(dir + " holds no target shifter state (" + STATE + ")");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    if (!variant.id().equals(p.getProperty("variant"))) {
      throw new IOException(file + " belongs to method " + p.getProperty("variant") + ", not " + variant.id());
    }
    freshStart = false;
    stage = Integer.parseInt(p.getProperty("stage", "0"));
    centres = Boolean.parseBoolean(p.getProperty("centres")) ? NpyReader.read(dir.resolve(CENTRES)).matrix() : null;
    history.clear();
    for (int s = 1; s <= stage; s++) {
      history.add(StructureFiles.read(dir, s));
    }
    targets = null; // replayed from the inputs at the next refresh
  }

  /** The current targets, or null while they are the inputs (for tests). */
  FloatMatrix targets() {
    return targets;
  }

  /** The current k-means centres, or null (for tests). */
  FloatMatrix centres() {
    return centres;
  }
}
