package io.sae.lab.morph;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.plot.ImageGrid;
import io.sae.lab.evaluate.ClassCentres;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Walks test samples of one class towards another in latent space (paper 001, section 3.7; {@code sae morph}):
 * each latent z becomes z + t (c_TO - c_FROM) for t = 0 .. 1, where c is a class's mean latent over the run's
 * labelled training samples, and the steps are decoded.
 */
public final class Morph {
  private Morph() {}

  /** Opens the run at {@code runDir} and morphs; see {@link #run(SaeRuntime, OpenRun, MorphOptions)}. */
  public static MorphResult run(SaeRuntime runtime, Path runDir, MorphOptions options) throws IOException {
    try (OpenRun run = OpenRun.open(runtime, runDir)) {
      return run(runtime, run, options);
    }
  }

  /**
   * Morphs the first {@code options.count()} test samples of class {@code from} and writes the PNG grid.
   *
   * @throws InvalidInputException when the model has no decoder, a class is unknown, or the test set has no sample of {@code from}
   */
  public static MorphResult run(SaeRuntime runtime, OpenRun run, MorphOptions options) throws IOException {
    if (!run.model().info().hasDecoder()) {
      throw new InvalidInputException("method " + run.config().method() + " has no decoder: nothing to morph");
    }
    PreparedData data = run.config().prepareData(runtime);
    int a = data.facts().classIndex(options.from());
    int b = data.facts().classIndex(options.to());
    Dataset train = data.labeled().train();
    FloatMatrix centres = ClassCentres.of(train, run.model().encode(train.features()));
    int[] picked = IntStream.range(0, data.test().size()).filter(i -> data.test().label(i) == a).limit(options.count()).toArray();
    if (picked.length == 0) {
      throw new InvalidInputException("the test set has no sample of class '" + options.from() + "'");
    }
    int steps = options.steps();
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
    Path png = options.out() != null ? options.out()
        : run.dir().path().resolve("morph-" + safe(options.from()) + "-" + safe(options.to()) + ".png");
    ImageGrid.write(png, new FloatMatrix(picked.length * (steps + 1), width, tiles), data.facts().sampleShape(), steps + 1, 2);
    return new MorphResult(png, picked.length, options.from(), options.to(), steps);
  }


  /** A class name as part of a file name. */
  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
