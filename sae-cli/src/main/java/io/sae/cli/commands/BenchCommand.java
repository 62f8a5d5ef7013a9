package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.LabeledSplit;
import io.sae.api.method.DataFacts;
import io.sae.api.method.EpochSelection;
import io.sae.api.method.LatentClassifierSpec;
import io.sae.api.method.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.NetworkSpecs;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingOptions;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.tf.model.TfModel;
import io.sae.tf.train.TrainingOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sae bench}: training and encoding throughput of the MNIST presets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
      "Measure training and encoding throughput of the MNIST autoencoder presets.",
      "",
      "Training throughput is samples/s of the mini-batch loop (Adam included), encoding throughput that of the",
      "trained model on the 10,000 test images. The first epoch warms up and is reported apart;",
      "the steady figure is the mean of the later epochs. Reference figures are plain TensorFlow Java programs",
      "measured on this project's 2-core machine (DESIGN.md).",
      "",
      "Then, unless --hook-method is none, a structuring method trains on the first architecture with every sample",
      "labelled (MNIST digits), and the table gives the share of each epoch its host hook took (encode + host",
      "work, e.g. MDS + Procrustes for sae).",
    })
public final class BenchCommand implements Callable<Integer> {
  /** Reference figures from DESIGN.md: plain TensorFlow Java, batch 128, 2 CPU cores. */
  private static final Map<String, Double> REFERENCE = Map.of("dense", 29_000.0, "conv", 9_800.0);

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--arch", split = ",", paramLabel = "SPEC", defaultValue = "dense,conv", description = "Architectures. Default: ${DEFAULT-VALUE}.")
  List<String> archs;

  @Option(names = {"-e", "--epochs"}, paramLabel = "N", defaultValue = "4", description = "Epochs per architecture (>= 2). Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "60000", description = "Training samples per epoch. Default: ${DEFAULT-VALUE}.")
  int samples;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "128", description = "Mini-batch size. Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(names = "--latent", paramLabel = "D", defaultValue = "10", description = "Latent dimension. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--hook-method", paramLabel = "NAME", defaultValue = "sae",
      description = "Method whose per-epoch hook share is measured with every sample labelled; none skips it. Default: ${DEFAULT-VALUE}.")
  String hookMethod;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (epochs < 2) {
      throw new InvalidInputException("--epochs must be at least 2 (the first epoch is warm-up), got " + epochs);
    }
    SaeRuntime services = common.services(out);
    DatasetSplit mnist = services.datasets().get("mnist").load(services.dataContext(1));
    if (samples < batchSize || samples > mnist.train().size()) {
      throw new InvalidInputException("--samples must be in [" + batchSize + ", " + mnist.train().size() + "], got " + samples);
    }
    Dataset train = mnist.train().subset("mnist-bench", IntStream.range(0, samples).toArray());
    LabeledSplit split = new LabeledSplit(train, train.subset("none", new int[0]), IntStream.range(0, samples).toArray(), new int[0]);
    out.printf(Locale.ROOT, "MNIST, %,d samples per epoch, batch %d, %d epochs, %d cores, JVM %s%n%n", samples, batchSize, epochs,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    out.printf(Locale.ROOT, "%-12s %14s %14s %12s %10s %16s%n", "arch", "first epoch/s", "steady/s", "reference/s", "ratio", "encode/s");
    for (String arch : archs) {
      TrainingPlan plan = new TrainingPlan(ArchitectureSpec.autoencoder(NetworkSpecs.parse(arch), train.sampleShape(), latent),
          List.of(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1)), List.of(), Optional.empty(), EpochSelection.LAST,
          new LatentClassifierSpec.LinearSvm(1), false);
      TrainingOutcome outcome = services.trainer().train(plan, split, new TrainingOptions(epochs, batchSize, 1e-3, 1), Optional.empty(), false, List.of());
      List<EpochMetrics> e = outcome.history().epochs();
      double steady = e.subList(1, e.size()).stream().mapToDouble(EpochMetrics::samplesPerSecond).average().orElse(0);
      double encode;
      try (TfModel model = new TfModel(new ModelInfo("ae", plan.architecture(), train.classNames()), outcome.weights(), services.transforms())) {
        model.encode(mnist.test().features()); // warm-up
        long t0 = System.nanoTime();
        model.encode(mnist.test().features());
        encode = mnist.test().size() / ((System.nanoTime() - t0) / 1e9);
      }
      Double ref = REFERENCE.get(arch);
      out.printf(Locale.ROOT, "%-12s %,14.0f %,14.0f %12s %10s %,16.0f%n", arch, e.getFirst().samplesPerSecond(), steady,
          ref == null ? "-" : String.format(Locale.ROOT, "%,.0f", ref), ref == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * steady / ref), encode);
      out.flush();
    }
    if (!hookMethod.equals("none")) {
      benchHook(services, split, out);
    }
    return 0;
  }

  /** Trains {@code hookMethod} with every sample labelled and reports the hook's share of each epoch. */
  private void benchHook(SaeRuntime services, LabeledSplit split, PrintWriter out) throws Exception {
    StructuringMethod method = services.method(hookMethod);
    Dataset train = split.train();
    int[] perClass = new int[train.classCount()];
    for (int i = 0; i < train.size(); i++) {
      perClass[train.label(i)]++;
    }
    DataFacts facts = new DataFacts(train.name(), train.sampleShape(), train.classNames(), train.size(), perClass, 0);
    String arch = archs.getFirst();
    TrainingPlan plan = method.plan(new PlanRequest(new MethodOptions(method.name(), method.options(), Map.of()), facts,
        NetworkSpecs.parse(arch), latent, 1));
    if (plan.hook().isEmpty()) {
      throw new InvalidInputException("method '" + hookMethod + "' has no epoch hook to measure");
    }
    out.printf(Locale.ROOT, "%nhook of method %s on %s, %,d labelled samples (defaults of the method)%n", method.name(), arch, train.size());
    out.printf(Locale.ROOT, "%-6s %12s %12s %10s%n", "epoch", "hook s", "train s", "hook share");
    TrainingOutcome outcome = services.trainer().train(plan, split, new TrainingOptions(epochs, batchSize, 1e-3, 1), Optional.empty(), false, List.of());
    double hook = 0;
    double total = 0;
    for (EpochMetrics m : outcome.history().epochs()) {
      double epochSeconds = m.trainSeconds() + m.hookSeconds();
      out.printf(Locale.ROOT, "%-6d %12.3f %12.3f %9.1f%%%n", m.epoch(), m.hookSeconds(), m.trainSeconds(), 100 * m.hookSeconds() / epochSeconds);
      hook += m.hookSeconds();
      total += epochSeconds;
    }
    out.printf(Locale.ROOT, "%-6s %12.3f %12.3f %9.1f%%%n", "all", hook, total - hook, 100 * hook / total);
    out.flush();
  }
}
