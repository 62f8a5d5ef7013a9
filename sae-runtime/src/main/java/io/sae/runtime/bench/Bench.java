package io.sae.runtime.bench;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import io.sae.data.LabeledSplit;
import io.sae.api.method.DataFacts;
import io.sae.api.method.EpochHook;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.api.training.EpochMetrics;
import io.sae.tf.train.TrainingOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.tf.model.TfModel;
import io.sae.tf.train.TrainRequest;
import io.sae.tf.train.TrainingOutcome;
import io.sae.api.data.FloatMatrix;
import io.sae.api.training.TrainingListener;
import io.sae.runtime.bench.peer.PeerRun;
import io.sae.runtime.bench.peer.TorchPeer;
import io.sae.tf.device.Placement;
import io.sae.tf.export.SavedModelExport;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.model.SavedModelSaeModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Training and encoding throughput of the MNIST autoencoder presets, and the share of each epoch a structuring
 * method's host hook takes ({@code sae bench}). Each measurement is its own call, so a caller can report one
 * before the next starts.
 */
public final class Bench {
  /** Reference figures measured for the design brief: plain TensorFlow Java, batch 128, 2 CPU cores. */
  private static final Map<String, Double> REFERENCE = Map.of("dense", 29_000.0, "conv", 9_800.0);

  private static final String HOOK_METRIC = "hook_"; // the trainer's prefix of a hook's metrics
  private static final String SECONDS = "_seconds";

  private final SaeRuntime runtime;
  private final BenchOptions options;
  private final DatasetSplit mnist;
  private final LabeledSplit split;
  /** The model each {@link #throughput} call trained, by architecture, for {@link #inference}. */
  private final Map<String, TrainedPreset> trained = new HashMap<>();

  /** A trained preset's description and weights (plain Java memory: no native model is held between calls). */
  private record TrainedPreset(ModelInfo info, ParameterSnapshot weights) {}

  private Bench(SaeRuntime runtime, BenchOptions options, DatasetSplit mnist, LabeledSplit split) {
    this.runtime = runtime;
    this.options = options;
    this.mnist = mnist;
    this.split = split;
  }

  /**
   * Loads MNIST (fetching it on first use) and takes the first {@code options.samples()} training samples, every one labelled.
   *
   * @throws InvalidInputException when {@code samples} is below the batch size or above MNIST's training set
   */
  public static Bench prepare(SaeRuntime runtime, BenchOptions options) throws IOException {
    DatasetSplit mnist = runtime.datasets().get("mnist").load(runtime.dataContext(1));
    int samples = options.samples();
    if (samples < options.batchSize() || samples > mnist.train().size()) {
      throw new InvalidInputException("--samples must be in [" + options.batchSize() + ", " + mnist.train().size() + "], got " + samples);
    }
    Dataset train = mnist.train().subset("mnist-bench", IntStream.range(0, samples).toArray());
    LabeledSplit split = new LabeledSplit(train, train.subset("none", new int[0]), IntStream.range(0, samples).toArray(), new int[0]);
    return new Bench(runtime, options, mnist, split);
  }

  /** The conditions of this bench. */
  public BenchSetup setup() {
    return new BenchSetup(options.samples(), options.batchSize(), options.epochs(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), runtime.compute());
  }

  /** Trains a plain autoencoder of architecture {@code arch} (reconstruction MSE) and measures it. */
  public ArchThroughput throughput(String arch) throws IOException {
    Dataset train = split.train();
    TrainingPlan plan = TrainingPlan.builder(ArchitectureSpec.autoencoder(NetworkSpecs.parse(arch), train.sampleShape(), options.latent()))
        .loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1)).build();
    StringBuilder devices = new StringBuilder();
    TrainingOutcome outcome = train(plan, new TrainingListener() {
      @Override
      public void onDevices(Map<String, Integer> opsByDevice) {
        devices.append(new Placement(opsByDevice).summary());
      }
    });
    List<EpochMetrics> e = outcome.history().epochs();
    double steady = e.subList(1, e.size()).stream().mapToDouble(EpochMetrics::samplesPerSecond).average().orElse(0);
    double encode;
    double rmse;
    ModelInfo info = new ModelInfo("ae", plan.architecture(), train.classNames());
    trained.put(arch, new TrainedPreset(info, outcome.weights()));
    try (TfModel model = new TfModel(info, outcome.weights(), runtime.transforms())) {
      model.encode(mnist.test().features()); // warm-up
      long t0 = System.nanoTime();
      model.encode(mnist.test().features());
      encode = mnist.test().size() / ((System.nanoTime() - t0) / 1e9);
      rmse = rmse(mnist.test().features(), model.reconstruct(mnist.test().features()));
    }
    Double ref = REFERENCE.get(arch);
    return new ArchThroughput(arch, e.getFirst().samplesPerSecond(), steady, ref == null ? OptionalDouble.empty() : OptionalDouble.of(ref),
        encode, rmse, devices.toString(), ProcessMemory.peakResident());
  }

  /**
   * The root of the mean squared difference over every value: sae-eval's {@code Rmse.of}, which sae-runtime cannot
   * link (sae-eval carries Smile, and this module stays Apache-2.0 only).
   */
  static double rmse(FloatMatrix x, FloatMatrix reconstruction) {
    float[] a = x.data();
    float[] b = reconstruction.data();
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = (double) a[i] - b[i];
      sum += d * d;
    }
    return Math.sqrt(sum / a.length);
  }

  /**
   * Trains each preset of {@code options.archs()} with sae and with the PyTorch peer, {@code rounds} times,
   * alternating which side starts (the peer in odd rounds), and hands each finished round to {@code progress}.
   *
   * @throws InvalidInputException when a preset has no peer
   */
  public SideBySide sideBySide(TorchPeer peer, int rounds, java.util.function.Consumer<SideBySide.Round> progress) throws IOException {
    if (rounds < 1) {
      throw new InvalidInputException("--rounds must be at least 1, got " + rounds);
    }
    options.archs().forEach(TorchPeer::requireModel); // before any training, not at the first peer run
    if (options.samples() != mnist.train().size()) {
      throw new InvalidInputException("--peer trains on all " + mnist.train().size() + " MNIST training images, as the peer does; drop --samples");
    }
    java.nio.file.Path mnistDir = runtime.cacheDir().resolve("mnist");
    List<SideBySide.Round> done = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      boolean peerFirst = r % 2 == 1;
      for (String arch : options.archs()) {
        PeerRun p = null;
        if (peerFirst) {
          p = peer.run(arch, options.epochs(), setup().cores(), mnistDir);
        }
        ArchThroughput s = throughput(arch);
        if (!peerFirst) {
          p = peer.run(arch, options.epochs(), setup().cores(), mnistDir);
        }
        SideBySide.Round round = new SideBySide.Round(r, peerFirst, s, p);
        done.add(round);
        progress.accept(round);
      }
    }
    return new SideBySide(done);
  }

  /**
   * {@code SaeModel.encode} latency and throughput of the model {@link #throughput}{@code (arch)} trained, on the
   * MNIST test images in order: first the in-process {@link TfModel}, then the same weights exported as by
   * {@code sae export} and loaded back as a {@link SavedModelSaeModel} (from a temporary folder, deleted after).
   *
   * @throws IllegalStateException when {@code arch} was not trained by {@link #throughput} on this bench
   */
  public List<InferenceLatency> inference(String arch, InferencePlan plan) throws IOException {
    TrainedPreset preset = trained.get(arch);
    if (preset == null) {
      throw new IllegalStateException("inference of " + arch + " needs throughput(" + arch + ") first, which trains it");
    }
    var test = mnist.test().features();
    List<InferenceLatency> out = new ArrayList<>();
    try (TfModel model = new TfModel(preset.info(), preset.weights(), runtime.transforms())) {
      out.add(InferenceBench.measure(arch, ModelForm.IN_PROCESS, model, test, plan));
    }
    Path tmp = Files.createTempDirectory("sae-bench-export");
    try {
      Path dir = tmp.resolve("1");
      SavedModelExport.write(preset.info(), preset.weights(), runtime.transforms(), Optional.empty(), dir);
      try (SavedModelSaeModel model = SavedModelSaeModel.load(dir)) {
        out.add(InferenceBench.measure(arch, ModelForm.SAVED_MODEL, model, test, plan));
      }
    } finally {
      deleteTree(tmp);
    }
    return out;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The methods {@code options.hookMethod()} names: {@value BenchOptions#ALL_HOOKS} is every registered method
   * (built-in or from a plugin) whose plan for the bench's data has an epoch hook, in registry order, and those whose
   * plan refuses the bench's setup (e.g. a method that needs latent 2) with the reason; otherwise the comma-separated
   * names, each of which must have a hook.
   *
   * @throws InvalidInputException when a named method is unknown, refuses the setup or has no epoch hook
   */
  public HookMethods hookMethods() {
    if (!options.measuresHook()) {
      return new HookMethods(List.of(), Map.of());
    }
    List<String> measured = new ArrayList<>();
    if (options.hookMethod().equals(BenchOptions.ALL_HOOKS)) {
      Map<String, String> refused = new java.util.LinkedHashMap<>();
      for (StructuringMethod m : runtime.methods().values()) {
        try {
          if (!plan(m).hooks().isEmpty()) {
            measured.add(m.name());
          }
        } catch (InvalidInputException e) {
          refused.put(m.name(), e.getMessage());
        }
      }
      return new HookMethods(measured, refused);
    }
    for (String name : options.hookMethod().split(",", -1)) {
      String n = name.strip();
      if (plan(runtime.method(n)).hooks().isEmpty()) {
        throw new InvalidInputException("method '" + n + "' has no epoch hook to measure");
      }
      measured.add(n);
    }
    return new HookMethods(measured, Map.of());
  }

  /**
   * Trains {@code name} on the first architecture, every sample labelled, and times its hook per epoch. A method
   * whose hook refreshes per stage ({@link HookBenchSettings}) gets the settings that make the run include a real
   * shift; every other method trains with its defaults for {@code options.epochs()} epochs.
   *
   * @throws InvalidInputException when the method is unknown or has no epoch hook
   */
  public HookShare hookShare(String name) throws IOException {
    StructuringMethod method = runtime.method(name);
    HookBenchSettings settings = HookBenchSettings.of(method, options.epochs());
    TrainingPlan plan = plan(method, settings.given());
    List<EpochHook> hooks = plan.hooks();
    if (hooks.isEmpty()) {
      throw new InvalidInputException("method '" + name + "' has no epoch hook to measure");
    }
    List<HookEpoch> epochs = new ArrayList<>();
    for (EpochMetrics m : train(plan, settings.epochs()).history().epochs()) {
      int e = m.epoch(); // 0-based, as the hooks count
      boolean refreshed = e == 0 || hooks.stream().anyMatch(h -> h.refreshBefore(e));
      Map<String, Double> parts = new TreeMap<>();
      m.values().forEach((k, v) -> {
        if (k.startsWith(HOOK_METRIC) && k.endsWith(SECONDS)) {
          parts.put(k.substring(HOOK_METRIC.length()), v);
        }
      });
      epochs.add(new HookEpoch(m.epoch(), refreshed, m.hookSeconds(), m.trainSeconds(), parts));
    }
    return new HookShare(method.name(), options.archs().getFirst(), split.train().size(), settings.given(), epochs);
  }

  private TrainingPlan plan(StructuringMethod method) {
    return plan(method, Map.of());
  }

  private TrainingPlan plan(StructuringMethod method, Map<String, String> given) {
    Dataset train = split.train();
    int[] perClass = new int[train.classCount()];
    for (int i = 0; i < train.size(); i++) {
      perClass[train.label(i)]++;
    }
    DataFacts facts = new DataFacts(train.name(), train.sampleShape(), train.classNames(), train.size(), perClass, 0);
    return method.plan(new PlanRequest(new MethodOptions(method.name(), method.options(), given), facts,
        NetworkSpecs.parse(options.archs().getFirst()), options.latent(), 1));
  }

  private TrainingOutcome train(TrainingPlan plan, TrainingListener... listeners) throws IOException {
    return train(plan, options.epochs(), listeners);
  }

  private TrainingOutcome train(TrainingPlan plan, int epochs, TrainingListener... listeners) throws IOException {
    TrainRequest.Builder request = TrainRequest.builder(plan, split, new TrainingOptions(epochs, options.batchSize(), 1e-3, 1));
    for (TrainingListener l : listeners) {
      request.listener(l);
    }
    return runtime.trainer().train(request.build());
  }
}
