package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.lab.evaluate.ClassCentres;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.plot.ImageGrid;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae morph}: walks test samples of one class towards another in latent space (paper 001, 3.7). */
@Command(
    name = "morph",
    mixinStandardHelpOptions = true,
    description = {
      "Morph test samples of class FROM towards class TO and write the decoded steps as a PNG grid.",
      "",
      "Each sample's latent z becomes z + t (c_TO - c_FROM) for t = 0 .. 1 in STEPS steps, where c is the mean",
      "latent of a class over the run's labelled training samples (paper 001, section 3.7). One grid row per",
      "sample: the input, then the decoded steps.",
    })
public final class MorphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN", description = "Run folder of a model with a decoder.")
  Path runPath;

  @Option(names = "--from", required = true, paramLabel = "CLASS", description = "Class (after grouping) to start from.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "CLASS", description = "Class to move towards.")
  String to;

  @Option(names = "--steps", defaultValue = "8", paramLabel = "N", description = "Steps from t = 0 to t = 1 (>= 2). Default: ${DEFAULT-VALUE}.")
  int steps;

  @Option(names = "--count", defaultValue = "8", paramLabel = "N", description = "Test samples to morph (the first of class FROM). Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "PNG to write (default: RUN/morph-FROM-TO.png).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (steps < 2 || count < 1) {
      throw new InvalidInputException("--steps must be at least 2 and --count at least 1");
    }
    PrintWriter log = spec.commandLine().getOut();
    SaeRuntime services = common.services(log);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      if (!run.model().info().hasDecoder()) {
        throw new InvalidInputException("method " + run.config().method() + " has no decoder: nothing to morph");
      }
      PreparedData data = run.config().data().prepare(services);
      int a = classIndex(data, from);
      int b = classIndex(data, to);
      Dataset train = data.labeled().train();
      FloatMatrix centres = ClassCentres.of(train, run.model().encode(train.features()));
      int[] picked = IntStream.range(0, data.test().size()).filter(i -> data.test().label(i) == a).limit(count).toArray();
      if (picked.length == 0) {
        throw new InvalidInputException("the test set has no sample of class '" + from + "'");
      }
      FloatMatrix inputs = data.test().features().rows(picked);
      FloatMatrix z = run.model().encode(inputs);
      int d = z.cols();
      int width = inputs.cols();
      float[] tiles = new float[picked.length * (steps + 1) * width];
      for (int i = 0; i < picked.length; i++) {
        System.arraycopy(inputs.data(), i * width, tiles, i * (steps + 1) * width, width);
        float[] moved = new float[steps * d];
        for (int s = 0; s < steps; s++) {
          double t = s / (double) (steps - 1);
          for (int j = 0; j < d; j++) {
            moved[s * d + j] = (float) (z.get(i, j) + t * (centres.get(b, j) - centres.get(a, j)));
          }
        }
        FloatMatrix decoded = run.model().decode(new FloatMatrix(steps, d, moved));
        System.arraycopy(decoded.data(), 0, tiles, (i * (steps + 1) + 1) * width, steps * width);
      }
      Path png = out != null ? out : run.dir().path().resolve("morph-" + safe(from) + "-" + safe(to) + ".png");
      ImageGrid.write(png, new FloatMatrix(picked.length * (steps + 1), width, tiles), data.facts().sampleShape(), steps + 1, 2);
      log.printf("wrote %s: %d samples of %s, input then %d steps towards %s%n", png, picked.length, from, steps, to);
    }
    return 0;
  }

  static int classIndex(PreparedData data, String name) {
    return classIndex(data.facts().classNames(), name);
  }

  static int classIndex(java.util.List<String> classNames, String name) {
    int i = classNames.indexOf(name);
    if (i < 0) {
      throw new InvalidInputException("unknown class '" + name + "' (classes: " + classNames + ")");
    }
    return i;
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
